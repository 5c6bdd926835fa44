using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using MndCare.Cli.Commands;

namespace MndCare.Cli.Tests;

// The `mndcare assess` command: files, standard output, exit codes (clinical-core issue, machine contract).
public sealed class AssessCommandTests
{
    private const string Good = "{\"id\":\"a\",\"assessmentDate\":\"2026-01-10\",\"onsetDate\":\"2025-01-10\",\"alsfrsr\":{\"speech\":4,\"salivation\":4," +
        "\"swallowing\":4,\"handwriting\":4,\"cuttingWithoutGastrostomy\":4,\"dressing\":4,\"turning\":4,\"walking\":3,\"climbing\":4,\"dyspnea\":4," +
        "\"orthopnea\":4,\"respiratoryInsufficiency\":4}}";

    private static string TempFile(string content)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("mndcare-assess-").FullName, "cases.jsonl");
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public async Task Assess_WritesOneLinePerCaseToTheOutputFile()
    {
        var input = TempFile(Good + "\n" + Good.Replace("\"a\"", "\"b\"", StringComparison.Ordinal) + "\n");
        var output = Path.Combine(Path.GetDirectoryName(input)!, "results.jsonl");

        var run = await CliRunner.RunAsync(null, "assess", "--input", input, "--output", output);

        Assert.Equal(0, run.ExitCode);
        var lines = File.ReadAllLines(output);
        Assert.Equal(["a", "b"], lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()));
        Assert.Equal(47, JsonDocument.Parse(lines[0]).RootElement.GetProperty("alsfrsr").GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Assess_WithoutOutput_WritesToStandardOutput()
    {
        var run = await CliRunner.RunAsync(null, "assess", "--input", TempFile(Good));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("a", JsonDocument.Parse(run.Output.Trim()).RootElement.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Assess_BadCaseDoesNotChangeTheExitCode_MalformedLineDoes()
    {
        var badCase = await CliRunner.RunAsync(null, "assess", "--input", TempFile("{\"id\":\"x\",\"assessmentDate\":\"2099-01-01\",\"sex\":\"M\"}\n" + Good));
        var malformed = await CliRunner.RunAsync(null, "assess", "--input", TempFile(Good + "\n{oops\n" + Good));

        Assert.Equal(0, badCase.ExitCode);
        Assert.Equal(2, badCase.Output.Trim().Split('\n').Length);
        Assert.Equal(1, malformed.ExitCode);
        var lines = malformed.Output.Trim().Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.Contains("\"invalidJson\"", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assess_UnreadableFile_IsExitCodeOne()
    {
        var run = await CliRunner.RunAsync(null, "assess", "--input", "/nonexistent/cases.jsonl");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("cannot read", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assess_ProgressionThresholds_AreConfigurable()
    {
        // ΔFS here is 1/12 month ≈ 0.083: slow by Labra, fast with a fast threshold of 0.05.
        var run = await CliRunner.RunAsync(null, "assess", "--input", TempFile(Good), "--slow-below", "0.01", "--fast-above", "0.05");

        Assert.Equal("fast", JsonDocument.Parse(run.Output.Trim()).RootElement.GetProperty("progressionGroup").GetString());
    }

    // A case with every ENCALS input except those under test (ENCALS reference case E1 of docs/instruments/encals.md).
    private const string EncalsCase = "{\"id\":\"e1\",\"assessmentDate\":\"2021-01-01\",\"birthDate\":\"1960-01-01\",\"onsetDate\":\"2020-01-01\"," +
        "\"diagnosisDate\":\"2021-01-01\",\"onsetSite\":\"lowerLimb\",\"fvcPercentPredicted\":90,\"alsfrsr\":{\"speech\":4,\"salivation\":4," +
        "\"swallowing\":4,\"handwriting\":4,\"cuttingWithoutGastrostomy\":4,\"dressing\":4,\"turning\":4,\"walking\":1,\"climbing\":1," +
        "\"dyspnea\":4,\"orthopnea\":4,\"respiratoryInsufficiency\":4},\"findings\":{\"lumbosacral\":{\"umn\":true,\"lmnClinical\":true}}," +
        "\"progression\":true,\"alternativeExcluded\":true";

    // Issue 7: an absent or null c9orf72 or ftd is "not known": no ENCALS prediction and an error naming each; true/false as before.
    [Fact]
    public async Task Assess_FtdAndC9orf72_AbsentOrNullAreNotKnown_TrueOrFalseAreUsed()
    {
        var lines = string.Join("\n", EncalsCase + "}", EncalsCase + ",\"ftd\":null,\"c9orf72\":false}", EncalsCase + ",\"ftd\":false,\"c9orf72\":null}",
            EncalsCase + ",\"ftd\":false,\"c9orf72\":false}");

        var run = await CliRunner.RunAsync(null, "assess", "--input", TempFile(lines));

        Assert.Equal(0, run.ExitCode);
        var results = run.Output.Trim().Split('\n').Select(l => JsonDocument.Parse(l).RootElement).ToList();
        static string[] Missing(JsonElement r) => [.. r.GetProperty("errors").EnumerateArray()
            .Where(e => e.GetProperty("code").GetString() == "missingPredictor").Select(e => e.GetProperty("message").GetString()!)];
        Assert.Equal(2, Missing(results[0]).Length);
        Assert.Contains("FTD", Assert.Single(Missing(results[1])), StringComparison.Ordinal);
        Assert.Contains("C9orf72", Assert.Single(Missing(results[2])), StringComparison.Ordinal);
        Assert.All(results.Take(3), r => Assert.Equal(JsonValueKind.Null, r.GetProperty("encals").ValueKind));
        Assert.Equal(-4.6793, results[3].GetProperty("encals").GetProperty("linearPredictor").GetDouble(), 1e-2);
    }

    // "Today" comes from the injected clock: a date after it is futureDate.
    [Fact]
    public async Task Assess_TodayComesFromTheClock()
    {
        var input = TempFile(Good);
        var output = Path.Combine(Path.GetDirectoryName(input)!, "results.jsonl");
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 12, 0, 0, TimeSpan.Zero));
        clock.SetLocalTimeZone(TimeZoneInfo.Utc);

        var exitCode = await MndCareCommand.Create(clock).Parse(["assess", "--input", input, "--output", output]).InvokeAsync(
            cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(0, exitCode);
        var errors = JsonDocument.Parse(File.ReadAllText(output)).RootElement.GetProperty("errors").EnumerateArray();
        Assert.Contains(errors, e => e.GetProperty("code").GetString() == "futureDate");
    }
}
