using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace GoSafer.Functions.Http;

/// <summary>
/// Carries a Hub handler's <see cref="IResult"/> through the Functions ASP.NET Core integration,
/// which executes <see cref="IActionResult"/>s: the response is written by the same code as in
/// the local host.
/// </summary>
public sealed class HubActionResult(IResult result) : IActionResult
{
    public IResult Result { get; } = result;

    public Task ExecuteResultAsync(ActionContext context) => Result.ExecuteAsync(context.HttpContext);
}
