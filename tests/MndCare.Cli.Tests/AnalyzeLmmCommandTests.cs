using System.Text.Json;

namespace MndCare.Cli.Tests;

// `mndcare analyze lmm` (issue 10): the issue's JSON names, file or standard output, skipped rows, exit codes and messages.
public sealed class AnalyzeLmmCommandTests
{
    // Three patients, four visits each, one unusable row; lme4 fits this without a warning.
    private const string Visits = """
        patient_id,months,post_months,alsfrsr_total
        a,0,0,42
        a,3,0,40
        a,6,1,39
        a,9,4,38
        b,0,0,36
        b,2,0,35
        b,5,0,31
        b,8,2,30
        c,0,0,45
        c,4,0,44
        c,7,2,41
        c,10,5,41
        c,12,NA,40
        """;

    private static string TempFile(string content, string name = "visits.csv")
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("mndcare-lmm-").FullName, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public async Task AnalyzeLmm_WritesTheFitAsJsonToStandardOutput_WithTheIssuesNames()
    {
        var run = await CliRunner.RunAsync(null, "analyze", "lmm", "--input", TempFile(Visits));

        Assert.Equal(0, run.ExitCode);
        var json = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal(12, json.GetProperty("nObservations").GetInt32());
        Assert.Equal(3, json.GetProperty("nGroups").GetInt32());
        Assert.Equal(1, json.GetProperty("skippedRows").GetInt32());
        Assert.Equal(["(Intercept)", "months", "post_months"], json.GetProperty("fixedEffects").EnumerateObject().Select(p => p.Name));
        Assert.All(json.GetProperty("fixedEffects").EnumerateObject(), p =>
            Assert.Equal(["estimate", "standardError"], p.Value.EnumerateObject().Select(v => v.Name)));
        Assert.Equal(["sdIntercept", "sdSlope", "correlation", "sdResidual"], json.GetProperty("randomEffects").EnumerateObject().Select(p => p.Name));
        Assert.True(json.GetProperty("remlCriterion").GetDouble() > 0);
        Assert.True(json.GetProperty("converged").GetBoolean());
        Assert.True(json.GetProperty("iterations").GetInt32() > 0);
        Assert.True(json.GetProperty("fitSeconds").GetDouble() >= 0);
    }

    [Fact]
    public async Task AnalyzeLmm_WithOutput_WritesTheFile_AndNothingToStandardOutput()
    {
        var input = TempFile(string.Join('\n', Visits.Split('\n').Select(line => string.Join(',', line.Split(',').Where((_, i) => i != 2)))));
        var output = Path.Combine(Path.GetDirectoryName(input)!, "result.json");

        var run = await CliRunner.RunAsync(null, "analyze", "lmm", "--input", input, "--output", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        var json = JsonDocument.Parse(File.ReadAllText(output)).RootElement;
        Assert.Equal(["(Intercept)", "months"], json.GetProperty("fixedEffects").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task AnalyzeLmm_OfAMissingFile_FailsWithExitCode1_AndSaysWhichFile()
    {
        var missing = Path.Combine(Path.GetTempPath(), "mndcare-no-such-visits.csv");

        var run = await CliRunner.RunAsync(null, "analyze", "lmm", "--input", missing);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: cannot read " + missing, run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public async Task AnalyzeLmm_OfAFileWithoutTheScoreColumn_FailsWithExitCode1_AndNamesTheColumn()
    {
        var run = await CliRunner.RunAsync(null, "analyze", "lmm", "--input", TempFile("patient_id,months,score\na,0,40\n"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("alsfrsr_total", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnalyzeLmm_OfDataThatCannotIdentifyTheModel_FailsWithExitCode1()
    {
        var run = await CliRunner.RunAsync(null, "analyze", "lmm", "--input", TempFile("patient_id,months,alsfrsr_total\na,0,40\na,3,38\n"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("at least two patients", run.Error, StringComparison.Ordinal);
    }
}
