using GoSafer.Web.Hosting;

var app = WebHub.Build(args);
await app.RunAsync();
