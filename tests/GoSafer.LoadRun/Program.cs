using System.Diagnostics;
using GoSafer.LoadRun;
using GoSafer.Testing;
using GoSafer.Web.Hosting;

// dotnet run -c Release --project tests/GoSafer.LoadRun -- [seconds] [workers] [host settings…]
// Host settings pass through, e.g. --GoSafer:Storage:Provider=AzureBlob --GoSafer:Storage:ConnectionString=…
var seconds = args.Length > 0 && int.TryParse(args[0], out var s) ? s : 60;
var workers = args.Length > 1 && int.TryParse(args[1], out var w) ? w : 16;
var settings = args.SkipWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();

using var data = new TempFolder("gosafer-load");
var port = FreePort.Next();
await using var app = WebHub.Build(
[
    $"--urls=http://127.0.0.1:{port}",
    $"--GoSafer:DataPath={data.Path}",
    "--GoSafer:Intake:RateLimitPermits=1000000",
    "--Logging:LogLevel:Default=Warning",
    .. settings,
]);
await app.StartAsync();

using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
Console.WriteLine($"Load run: {seconds} s, {workers} workers, mixed traffic (4 searches : 1 submission) on 127.0.0.1:{port}");
var traffic = new MixedTraffic(client);
await traffic.WarmUpAsync();

var clock = Stopwatch.StartNew();
var deadline = TimeSpan.FromSeconds(seconds);
await Task.WhenAll(Enumerable.Range(0, workers).Select(worker => traffic.RunWorkerAsync(worker, () => clock.Elapsed < deadline)));
var elapsed = clock.Elapsed;

var report = traffic.Report(elapsed);
Console.WriteLine(report);
await app.StopAsync();
return traffic.Errors == 0 ? 0 : 1;
