using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using MndCare.Statistics.Input;
using MndCare.Statistics.Mixed;

namespace MndCare.Cli.Commands;

/// <summary>mndcare analyze lmm --input VISITS.csv [--output RESULT.json].</summary>
/// <remarks>Exit code 0 with the fit as JSON (the names); 1 with a message on standard error for a file that cannot
/// be read, a header without the required columns, or data that cannot identify the model. docs/statistics/lmm.md.</remarks>
internal static class AnalyzeLmmCommand
{
    public static Command Create()
    {
        var input = new Option<FileInfo>("--input")
        {
            Description = "Visits CSV with the header patient_id,months,post_months,alsfrsr_total (post_months optional).",
            Required = true,
        };
        var output = new Option<FileInfo?>("--output") { Description = "Where to write the result as JSON (default: standard output)." };
        var command = new Command("lmm", "Linear mixed model of ALSFRS-R trajectories (REML, as lme4::lmer).") { input, output };
        command.SetAction(parse => Run(parse.GetValue(input)!, parse.GetValue(output)));
        return command;
    }

    private static int Run(FileInfo input, FileInfo? output)
    {
        byte[] content;
        try
        {
            content = File.ReadAllBytes(input.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail($"cannot read {input.FullName}: {e.Message}");
        }
        var table = VisitsCsv.Parse(content);
        if (!table.IsSuccess)
        {
            return Fail($"{input.Name}: {table.Errors[0].Message}");
        }
        var clock = Stopwatch.StartNew();
        var fit = LinearMixedModel.Fit(table.Value.Data);
        var fitSeconds = clock.Elapsed.TotalSeconds;
        if (!fit.IsSuccess)
        {
            return Fail($"{input.Name}: {fit.Errors[0].Message}");
        }
        try
        {
            using var stream = output is null ? Console.OpenStandardOutput() : File.Create(output.FullName);
            using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
            LmmResultJson.Write(json, fit.Value, table.Value.SkippedRows, fitSeconds);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail($"cannot write {output?.FullName}: {e.Message}");
        }
        return 0;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine("error: " + message);
        return 1;
    }
}
