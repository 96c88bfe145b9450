using GoSafer.Web.Hosting;

// `dotnet run --project web/GoSafer.Web -- reindex` rebuilds the index from the stored records.
if (args.Length > 0 && args[0] == ReindexCommand.Name)
{
    return await ReindexCommand.RunAsync(args[1..], Console.Out);
}

// `dotnet run --project web/GoSafer.Web -- check [--repair]` compares the index with the stored records.
if (args.Length > 0 && args[0] == CheckCommand.Name)
{
    return await CheckCommand.RunAsync(args[1..], Console.Out);
}

var app = WebHub.Build(args);
await app.RunAsync();
return 0;
