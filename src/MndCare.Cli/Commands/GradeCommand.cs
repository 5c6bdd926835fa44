using System.CommandLine;
using MndCare.Application.Safety.Labs;

namespace MndCare.Cli.Commands;

/// <summary>mndcare grade --input CASES.jsonl [--output RESULTS.jsonl]: CTCAE v5.0 grades of lab values and temperatures.</summary>
/// <remarks>Exit code 0 when every line was read; 1 for an unreadable file or malformed JSON lines (each also answered
/// with an invalidJson error), as `mndcare assess`. A case that cannot be graded never stops the batch. The contract is
/// docs/instruments/grade-contract.md.</remarks>
internal static class GradeCommand
{
    /// <summary>The command.</summary>
    public static Command Create()
    {
        var input = new Option<FileInfo>("--input") { Description = "Cases, one JSON object per line.", Required = true };
        var output = new Option<FileInfo?>("--output") { Description = "Results, one JSON object per line (default: standard output)." };
        var command = new Command("grade", "Grade laboratory values and temperatures by CTCAE v5.0, one answer per case.") { input, output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var inputFile = parse.GetValue(input)!;
            Stream source;
            try
            {
                source = inputFile.OpenRead();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await Console.Error.WriteLineAsync($"error: cannot read {inputFile.FullName}: {e.Message}");
                return 1;
            }
            await using (source)
            {
                var outputFile = parse.GetValue(output);
                await using var target = outputFile is null ? Console.OpenStandardOutput() : outputFile.Create();
                var summary = BatchGrading.Run(source, target, cancellationToken);
                if (summary.MalformedLines > 0)
                {
                    await Console.Error.WriteLineAsync($"{summary.MalformedLines} of {summary.Cases} line(s) were not JSON objects.");
                    return 1;
                }
                return 0;
            }
        });
        return command;
    }
}
