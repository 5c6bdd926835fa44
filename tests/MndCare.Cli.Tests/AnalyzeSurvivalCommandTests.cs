using System.Text.Json;

namespace MndCare.Cli.Tests;

// `mndcare analyze survival` (issue 10): the issue's JSON names, files and standard output, skipped rows, exit codes and messages.
public sealed class AnalyzeSurvivalCommandTests
{
    // An aml-like trial (maintained or not); R survival 3.5-3: median 27 (18, 45), coef -0.9155325750147175, se 0.5119342751720054,
    // loglik -41.032615596458385, concordance 0.6190476190476191.
    private const string Trial = """
        patient_id,time_months,event,maintained
        A01,9,1,1
        A02,13,1,1
        A03,13,0,1
        A04,18,1,1
        A05,23,1,1
        A06,28,0,1
        A07,31,1,1
        A08,34,1,1
        A09,45,0,1
        A10,48,1,1
        A11,161,0,1
        B01,5,1,0
        B02,5,1,0
        B03,8,1,0
        B04,8,1,0
        B05,12,1,0
        B06,16,0,0
        B07,23,1,0
        B08,27,1,0
        B09,30,1,0
        B10,33,1,0
        B11,43,1,0
        B12,45,1,0
        B13,,1,0
        B14,20,1,NA
        """;

    private static string TempFile(string content)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("mndcare-survival-").FullName, "survival.csv");
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public async Task Survival_WritesTheIssuesJsonToTheOutputFile()
    {
        var input = TempFile(Trial);
        var output = Path.Combine(Path.GetDirectoryName(input)!, "result.json");

        var run = await CliRunner.RunAsync(null, "analyze", "survival", "--input", input, "--output", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        var result = JsonDocument.Parse(File.ReadAllText(output)).RootElement;
        Assert.Equal(["n", "events", "skippedRows", "kaplanMeier", "cox"], result.EnumerateObject().Select(p => p.Name));
        Assert.Equal((23, 18, 2), (result.GetProperty("n").GetInt32(), result.GetProperty("events").GetInt32(), result.GetProperty("skippedRows").GetInt32()));
        var km = result.GetProperty("kaplanMeier");
        Assert.Equal((27.0, 18.0, 45.0), (km.GetProperty("median").GetDouble(), km.GetProperty("lower95").GetDouble(), km.GetProperty("upper95").GetDouble()));
        var cox = result.GetProperty("cox");
        Assert.Equal(["coefficients", "logLikelihood", "concordance", "converged"], cox.EnumerateObject().Select(p => p.Name));
        var maintained = cox.GetProperty("coefficients").GetProperty("maintained");
        Assert.Equal(["coef", "se", "hazardRatio", "lower95", "upper95", "p"], maintained.EnumerateObject().Select(p => p.Name));
        Assert.Equal(-0.9155325750147175, maintained.GetProperty("coef").GetDouble(), 1e-12);
        Assert.Equal(0.5119342751720054, maintained.GetProperty("se").GetDouble(), 1e-12);
        Assert.Equal(-41.032615596458385, cox.GetProperty("logLikelihood").GetDouble(), 1e-10);
        Assert.Equal(0.6190476190476191, cox.GetProperty("concordance").GetDouble(), 1e-15);
        Assert.True(cox.GetProperty("converged").GetBoolean());
    }

    [Fact]
    public async Task Survival_WithoutCovariates_WritesToStandardOutput_WithCoxNull()
    {
        var run = await CliRunner.RunAsync(null, "analyze", "survival", "--input", TempFile("patient_id,time_months,event\nP1,1,1\nP2,2,1\nP3,3,1\nP4,4,1\n"));

        Assert.Equal(0, run.ExitCode);
        var result = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal(2.5, result.GetProperty("kaplanMeier").GetProperty("median").GetDouble());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("kaplanMeier").GetProperty("upper95").ValueKind);
        Assert.Equal(JsonValueKind.Null, result.GetProperty("cox").ValueKind);
    }

    [Fact]
    public async Task Survival_CoxThatCannotBeFitted_IsNull_WithTheReasonOnStandardError()
    {
        var run = await CliRunner.RunAsync(null, "analyze", "survival", "--input", TempFile("patient_id,time_months,event,age\nP1,3,0,60\nP2,5,0,52\n"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(JsonValueKind.Null, JsonDocument.Parse(run.Output).RootElement.GetProperty("cox").ValueKind);
        Assert.Contains("No subject has an event", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Survival_MissingFile_IsExitCodeOne()
    {
        var run = await CliRunner.RunAsync(null, "analyze", "survival", "--input", "/nonexistent/survival.csv");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("cannot read /nonexistent/survival.csv", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Survival_HeaderWithoutTheContractColumns_IsExitCodeOne_NamingTheColumn()
    {
        var run = await CliRunner.RunAsync(null, "analyze", "survival", "--input", TempFile("id,time,event\n1,2,1\n"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no time_months column", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public async Task Survival_NoUsableRow_IsExitCodeOne()
    {
        var run = await CliRunner.RunAsync(null, "analyze", "survival", "--input", TempFile("patient_id,time_months,event\nP1,NA,1\n"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no usable row (1 row(s) skipped", run.Error, StringComparison.Ordinal);
    }
}
