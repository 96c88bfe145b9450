using GoSafer.Hub.Configuration;
using GoSafer.Hub.Http;
using GoSafer.Hub.Validation;
using GoSafer.Indexer.Tagging;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace GoSafer.Hub.Tagging;

/// <summary>
/// <c>POST /api/tag</c>: previews the indexer's tags for <c>{title, description}</c>, so the
/// submission form can suggest them. Stores nothing.
/// </summary>
public sealed class TagHandler(ResourceTagger tagger, IOptions<HubOptions> options)
{
    public async Task<IResult> TagAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (document, problem) = await JsonBody.ReadAsync(request, options.Value.Intake.MaxBodyBytes, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        using (document)
        {
            var errors = new FieldErrors();
            if (document!.RootElement.ValueKind != System.Text.Json.JsonValueKind.Object)
            {
                return Problems.Validation("$", "the body must be a JSON object");
            }

            var reader = new JsonObjectReader(document.RootElement, "", errors);
            var title = reader.Text("title", required: false, 1, 300);
            var description = reader.Text("description", required: false, 1, 5000, TextKind.MultiLine);
            reader.RejectUnknownFields();
            if (!errors.Any && title is null && description is null)
            {
                errors.Add("description", "send a title or a description (or both) to tag");
            }

            return errors.Any
                ? Problems.Validation(errors)
                : TypedResults.Ok(InferredTags.From(tagger.Tag(title, description)));
        }
    }
}
