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
            var inputFile = parse.GetValue(input)!;
            if (!inputFile.Exists)
            {
                await Console.Error.WriteLineAsync($"error: cannot read {inputFile.FullName}");
                return 1;
            }
            var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
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
                var summary = new BatchAssessment(new CaseEvaluator(thresholds.Value)).Run(source, target, today, cancellationToken);
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
