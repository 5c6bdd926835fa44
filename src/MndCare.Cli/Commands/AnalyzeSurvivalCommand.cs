using System.CommandLine;
using System.Text.Json;
using MndCare.Statistics.Input;
using MndCare.Statistics.Survival;

namespace MndCare.Cli.Commands;

/// <summary>mndcare analyze survival --input SURVIVAL.csv [--output RESULT.json].</summary>
/// <remarks>Exit code 0 with the JSON of the issue (the Cox block is null without covariates, and null with the reason on standard
/// error when the model cannot be fitted); 1 for an unreadable file, a bad header or no usable row. docs/statistics/survival.md.</remarks>
internal static class AnalyzeSurvivalCommand
{
    public static Command Create()
    {
        var input = new Option<FileInfo>("--input") { Description = "CSV with the header patient_id,time_months,event[,covariates].", Required = true };
        var output = new Option<FileInfo?>("--output") { Description = "Result JSON (default: standard output)." };
        var command = new Command("survival", "Kaplan–Meier and Cox proportional hazards (as R's survival package).") { input, output };
        command.SetAction((parse, cancellationToken) => MndCareCommand.RunAsync(async () =>
        {
            var result = SurvivalAnalysis.Run(await ReadAsync(parse.GetValue(input)!));
            if (result.Cox is { IsSuccess: false } failed)
            {
                await Console.Error.WriteLineAsync("warning: the Cox model was not fitted: " + string.Join(" ", failed.Errors.Select(e => e.Message)));
            }
            var target = parse.GetValue(output);
            try
            {
                await using var stream = target is null ? Console.OpenStandardOutput() : target.Create();
                await using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
                Write(json, result);
                await json.FlushAsync(cancellationToken);
                await stream.WriteAsync("\n"u8.ToArray(), cancellationToken);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new InvalidOperationException($"cannot write {target?.FullName}: {e.Message}", e);
            }
            return 0;
        }));
        return command;
    }

    private static async Task<SurvivalData> ReadAsync(FileInfo file)
    {
        if (!file.Exists)
        {
            throw new InvalidOperationException($"cannot read {file.FullName}: no such file");
        }
        string text;
        try
        {
            text = await File.ReadAllTextAsync(file.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"cannot read {file.FullName}: {e.Message}", e);
        }
        using var reader = new StringReader(text);
        var read = SurvivalCsv.Read(reader);
        if (!read.IsSuccess)
        {
            throw new InvalidOperationException($"{file.Name}: " + string.Join(" ", read.Errors.Select(e => e.Message)));
        }
        if (read.Value.Count == 0)
        {
            throw new InvalidOperationException($"{file.Name}: no usable row ({read.Value.SkippedRows} row(s) skipped for a missing or non-numeric value).");
        }
        return read.Value;
    }

    /// <summary>The JSON: names are the contract (issue 10, "Survival").</summary>
    private static void Write(Utf8JsonWriter json, SurvivalAnalysisResult result)
    {
        json.WriteStartObject();
        json.WriteNumber("n", result.Data.Count);
        json.WriteNumber("events", result.KaplanMeier.Events);
        json.WriteNumber("skippedRows", result.Data.SkippedRows);
        json.WriteStartObject("kaplanMeier");
        Number(json, "median", result.KaplanMeier.Median);
        Number(json, "lower95", result.KaplanMeier.MedianLower95);
        Number(json, "upper95", result.KaplanMeier.MedianUpper95);
        json.WriteEndObject();
        if (result.Cox is { IsSuccess: true } fitted)
        {
            var cox = fitted.Value;
            json.WriteStartObject("cox");
            json.WriteStartObject("coefficients");
            foreach (var c in cox.Coefficients)
            {
                json.WriteStartObject(c.Name);
                Number(json, "coef", c.Coef);
                Number(json, "se", c.Se);
                Number(json, "hazardRatio", c.HazardRatio);
                Number(json, "lower95", c.Lower95);
                Number(json, "upper95", c.Upper95);
                Number(json, "p", c.P);
                json.WriteEndObject();
            }
            json.WriteEndObject();
            Number(json, "logLikelihood", cox.LogLikelihood);
            Number(json, "concordance", cox.Concordance);
            json.WriteBoolean("converged", cox.Converged);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("cox");
        }
        json.WriteEndObject();
    }

    /// <summary>A number at full (round-trip) precision, or null where R gives NA.</summary>
    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
