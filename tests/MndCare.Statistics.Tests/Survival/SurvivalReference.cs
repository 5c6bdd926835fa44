using System.Text.Json;
using MndCare.Statistics.Input;
using MndCare.Statistics.Survival;

namespace MndCare.Statistics.Tests.Survival;

/// <summary>The stored datasets (Data/survival-*.csv) and R's results for them (survival-*.r.json, written by eng/r/survival.R).</summary>
internal static class SurvivalReference
{
    public static string DataDirectory { get; } = Path.Combine(RepositoryRoot(), "tests", "MndCare.Statistics.Tests", "Data");

    public static TheoryData<string> Datasets() =>
        [.. Directory.GetFiles(DataDirectory, "survival-*.csv").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).Select(n => n!)];

    public static SurvivalData Read(string dataset)
    {
        using var reader = new StreamReader(Path.Combine(DataDirectory, dataset + ".csv"));
        return SurvivalCsv.Read(reader).Value;
    }

    public static JsonElement RResult(string dataset) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(DataDirectory, dataset + ".r.json"))).RootElement;

    /// <summary>A JSON number, or null for JSON null (R's NA).</summary>
    public static double? Number(JsonElement element) => element.ValueKind == JsonValueKind.Null ? null : element.GetDouble();

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "MndCare.slnx")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("The repository root (MndCare.slnx) was not found.");
    }
}
