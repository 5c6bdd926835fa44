using System.Text.Json;
using MndCare.Statistics.Input;

namespace MndCare.Statistics.Tests.Mixed;

/// <summary>The stored visits datasets (tests/MndCare.Statistics.Tests/Data/lmm-*.csv) and lme4's results for them (*.r.json, eng/r/lmm.R).</summary>
internal static class LmmData
{
    public static readonly string Directory = FindDataDirectory();

    public static IEnumerable<string> Names =>
        System.IO.Directory.EnumerateFiles(Directory, "lmm-*.csv").Select(Path.GetFileNameWithoutExtension).Order()!;

    public static VisitsTable Read(string name) => VisitsCsv.Parse(File.ReadAllBytes(Path.Combine(Directory, name + ".csv"))).Value;

    public static JsonElement Reference(string name) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory, name + ".r.json"))).RootElement;

    private static string FindDataDirectory()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "MndCare.slnx")))
        {
            directory = directory.Parent;
        }
        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("MndCare.slnx not found above the test output"),
            "tests", "MndCare.Statistics.Tests", "Data");
    }
}
