using System.Text.Json;

namespace MndCare.Cli.Tests;

// The `mndcare grade` command (issue 9): files, standard output, one answer per line, error lines, exit codes.
public sealed class GradeCommandTests
{
    private const string Alt = "{\"id\":\"a\",\"test\":\"ALT\",\"value\":130,\"unit\":\"U/L\",\"upperLimitOfNormal\":40}";
    private const string Fever = "{\"id\":7,\"test\":\"TEMPERATURE\",\"value\":38.6,\"unit\":\"Cel\"}";

    private static string TempFile(string content)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("mndcare-grade-").FullName, "cases.jsonl");
        File.WriteAllText(path, content);
        return path;
    }

    private static JsonElement[] Parse(string output) => [.. output.Trim().Split('\n').Select(l => JsonDocument.Parse(l).RootElement)];

    [Fact]
    public async Task Grade_WritesOneLinePerCaseToTheOutputFile()
    {
        var input = TempFile(Alt + "\n" + Fever + "\n");
        var output = Path.Combine(Path.GetDirectoryName(input)!, "results.jsonl");

        var run = await CliRunner.RunAsync(null, "grade", "--input", input, "--output", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        var lines = File.ReadAllLines(output);
        Assert.Equal("{\"id\":\"a\",\"term\":\"Alanine aminotransferase increased\",\"grade\":2,\"ctcaeVersion\":\"5.0\"}", lines[0]);
        Assert.Equal("{\"id\":7,\"term\":\"Fever\",\"grade\":1,\"ctcaeVersion\":\"5.0\"}", lines[1]);
    }

    [Fact]
    public async Task Grade_WithoutOutput_WritesToStandardOutput()
    {
        var run = await CliRunner.RunAsync(null, "grade", "--input", TempFile(Alt));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(2, Parse(run.Output)[0].GetProperty("grade").GetInt32());
    }

    [Fact]
    public async Task Grade_CasesThatCannotBeGraded_AreErrorLines_AndTheOthersAreStillGraded()
    {
        var lines = string.Join("\n", Alt, "{\"id\":\"u\",\"test\":\"ALT\",\"value\":50,\"unit\":\"g/L\",\"upperLimitOfNormal\":40}",
            "{\"id\":\"t\",\"test\":\"TEMPERATURE\",\"value\":40.5,\"unit\":\"Cel\"}", "{\"id\":\"n\",\"test\":\"ALT\",\"value\":\"50\",\"unit\":\"U/L\",\"upperLimitOfNormal\":40}",
            "{\"id\":\"x\",\"test\":\"SODIUM\",\"value\":140,\"unit\":\"mmol/L\",\"lowerLimitOfNormal\":135}", Fever);

        var run = await CliRunner.RunAsync(null, "grade", "--input", TempFile(lines));

        Assert.Equal(0, run.ExitCode);
        var results = Parse(run.Output);
        Assert.Equal(["a", "u", "t", "n", "x", "7"], results.Select(r => r.GetProperty("id").ToString()));
        Assert.Equal(["unitNotAllowed", "missingDuration", "invalidNumber", "unknownTest"], results[1..5].Select(r => r.GetProperty("error").GetString()));
        Assert.Equal(1, results[5].GetProperty("grade").GetInt32());
    }

    [Fact]
    public async Task Grade_MalformedLine_IsAnErrorLine_AndExitCodeOne()
    {
        var run = await CliRunner.RunAsync(null, "grade", "--input", TempFile(Alt + "\n{oops\n\n[1]\n" + Fever));

        Assert.Equal(1, run.ExitCode);
        var results = Parse(run.Output);
        Assert.Equal(4, results.Length);
        Assert.Equal("{\"id\":null,\"error\":\"invalidJson\"}", run.Output.Split('\n')[1]);
        Assert.Equal("invalidJson", results[2].GetProperty("error").GetString());
        Assert.Equal("Fever", results[3].GetProperty("term").GetString());
        Assert.Contains("2 of 4", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Grade_UnreadableFile_IsExitCodeOne()
    {
        var run = await CliRunner.RunAsync(null, "grade", "--input", "/nonexistent/cases.jsonl");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("cannot read", run.Error, StringComparison.Ordinal);
    }
}
