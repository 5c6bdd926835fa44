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
            return await JsonLinesBatch.RunAsync(parse.GetValue(input)!, parse.GetValue(output), (source, target) =>
            {
                var summary = BatchGrading.Run(source, target, cancellationToken);
                return (summary.Cases, summary.MalformedLines);
            });
        });
        return command;
    }
}
