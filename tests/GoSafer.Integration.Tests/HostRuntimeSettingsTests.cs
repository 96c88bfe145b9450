using System.Text.Json;

namespace GoSafer.Integration.Tests;

/// <summary>The runtime settings each host is built with (their runtimeconfig.json is copied beside the tests).</summary>
public sealed class HostRuntimeSettingsTests
{
    [Theory]
    [InlineData("GoSafer.Web")]
    [InlineData("GoSafer.Functions")]
    public void Each_host_optimises_hot_code_without_waiting_for_start_up_to_settle(string host)
    {
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, $"{host}.runtimeconfig.json")));
        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.True(properties.TryGetProperty("System.Runtime.TieredCompilation.CallCountingDelayMs", out var delay), $"{host} keeps the default tier-up delay");
        Assert.Equal(0, delay.GetInt32());
    }
}
