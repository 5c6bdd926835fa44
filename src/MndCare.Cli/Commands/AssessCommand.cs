using System.CommandLine;
using MndCare.Application.Assessments;
using MndCare.Domain.Assessments;

namespace MndCare.Cli.Commands;

/// <summary>mndcare assess --input CASES.jsonl [--output RESULTS.jsonl]: the clinical core's batch contract.</summary>
/// <remarks>Exit code 0 when every line was read; 1 for an unreadable file or malformed JSON lines (each also answered
/// with an invalidJson error). A bad case never stops the batch. The contract is docs/instruments/assess-contract.md.</remarks>
internal static class AssessCommand
{
    /// <summary>The command; <paramref name="clock"/> gives "today" (the machine's local date), after which dates are errors.</summary>
    public static Command Create(TimeProvider clock)
    {
        var input = new Option<FileInfo>("--input") { Description = "Cases, one JSON object per line.", Required = true };
        var output = new Option<FileInfo?>("--output") { Description = "Results, one JSON object per line (default: standard output)." };
        var slowBelow = new Option<double>("--slow-below")
        {
            Description = "ΔFS below this is slow progression (default: Labra 2016, 0.47).",
            DefaultValueFactory = _ => ProgressionThresholds.LabraSlowBelow,
        };
        var fastAbove = new Option<double>("--fast-above")
        {
            Description = "ΔFS above this is fast progression (default: Labra 2016, 1.11).",
            DefaultValueFactory = _ => ProgressionThresholds.LabraFastAbove,
        };
        var command = new Command("assess", "Compute ALSFRS-R, ΔFS, stages, diagnostic criteria, phenotype, FVC and ENCALS for each case.")
        {
            input, output, slowBelow, fastAbove,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var thresholds = ProgressionThresholds.Create(parse.GetValue(slowBelow), parse.GetValue(fastAbove));
            if (!thresholds.IsSuccess)
            {
                await Console.Error.WriteLineAsync("error: " + thresholds.Errors[0].Message);
                return 1;
            }
            var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
            return await JsonLinesBatch.RunAsync(parse.GetValue(input)!, parse.GetValue(output), (source, target) =>
            {
                var summary = new BatchAssessment(new CaseEvaluator(thresholds.Value)).Run(source, target, today, cancellationToken);
                return (summary.Cases, summary.MalformedLines);
            });
        });
        return command;
    }
}
