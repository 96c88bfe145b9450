using GoSafer.Testing;

namespace GoSafer.Infra.Tests;

/// <summary>The Bicep sources under infra/, as paths relative to that folder.</summary>
public static class InfraFiles
{
    public static string Root { get; } = RepositoryPaths.Combine("infra");

    public static TheoryData<string> Templates() => Find("*.bicep");

    public static TheoryData<string> ParameterFiles() => Find("*.bicepparam");

    private static TheoryData<string> Find(string pattern)
    {
        var files = Directory.EnumerateFiles(Root, pattern, SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Root, f))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            throw new InvalidOperationException($"no {pattern} under {Root}");
        }

        return new TheoryData<string>(files);
    }
}
