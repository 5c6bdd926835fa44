using System.Globalization;
using System.Text;
using MndCare.Domain.Results;
using MndCare.Statistics.Survival;

namespace MndCare.Statistics.Input;

/// <summary>Reads the survival CSV of <c>mndcare analyze survival</c>: header <c>patient_id,time_months,event</c> followed by zero or more
/// numeric covariate columns.</summary>
/// <remarks>Columns are found by name; every column other than the three named ones is a covariate. A row whose time, event or any
/// covariate is empty, <c>NA</c> or not a finite number, whose time is negative or whose event is not 0 or 1 is skipped and counted
/// (statistics-contract.md: skipped for the whole analysis). Blank lines are ignored, as R's read.csv does. Fields may be quoted
/// (RFC 4180). docs/statistics/survival.md.</remarks>
public static class SurvivalCsv
{
    /// <summary>The patient identifier column (read past, never used by the fits).</summary>
    public const string PatientIdColumn = "patient_id";

    /// <summary>The follow-up time column, in months.</summary>
    public const string TimeColumn = "time_months";

    /// <summary>The event column: 1 for an event, 0 for censoring.</summary>
    public const string EventColumn = "event";

    /// <summary>The error code of an empty file.</summary>
    public const string MissingHeader = "missingHeader";

    /// <summary>The error code of a header without a required column.</summary>
    public const string MissingColumn = "missingColumn";

    /// <summary>The error code of a header naming a column twice.</summary>
    public const string DuplicateColumn = "duplicateColumn";

    /// <summary>Reads the whole CSV.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <returns>The usable rows, or header errors.</returns>
    public static Result<SurvivalData> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var headerLine = reader.ReadLine();
        while (headerLine is not null && string.IsNullOrWhiteSpace(headerLine))
        {
            headerLine = reader.ReadLine();
        }
        if (headerLine is null)
        {
            return new ValidationError("header", MissingHeader, $"The file is empty; the first line must be the header {PatientIdColumn},{TimeColumn},{EventColumn}[,covariates].");
        }
        var header = Split(headerLine.TrimStart('\uFEFF')).Select(name => name.Trim()).ToArray();
        if (HeaderErrors(header) is { Count: > 0 } errors)
        {
            return Result<SurvivalData>.Failure(errors);
        }
        var timeIndex = Array.IndexOf(header, TimeColumn);
        var eventIndex = Array.IndexOf(header, EventColumn);
        var covariateIndex = Enumerable.Range(0, header.Length).Where(i => header[i] is not (PatientIdColumn or TimeColumn or EventColumn)).ToArray();

        var time = new List<double>();
        var events = new List<bool>();
        var covariates = new List<double[]>();
        var skipped = 0;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            if (TryRow(Split(line), header.Length, timeIndex, eventIndex, covariateIndex) is { } row)
            {
                time.Add(row.Time);
                events.Add(row.Event);
                covariates.Add(row.Covariates);
            }
            else
            {
                skipped++;
            }
        }
        return new SurvivalData([.. time], [.. events], [.. covariates], [.. covariateIndex.Select(i => header[i])], skipped);
    }

    /// <summary>The row's values, or null when the row is to be skipped.</summary>
    private static (double Time, bool Event, double[] Covariates)? TryRow(List<string> fields, int width, int timeIndex, int eventIndex,
        int[] covariateIndex)
    {
        if (fields.Count != width || Number(fields[timeIndex]) is not (>= 0 and var time) || Number(fields[eventIndex]) is not (0 or 1))
        {
            return null;
        }
        var observed = Number(fields[eventIndex]) == 1;
        var covariates = new double[covariateIndex.Length];
        for (var j = 0; j < covariateIndex.Length; j++)
        {
            if (Number(fields[covariateIndex[j]]) is not { } value)
            {
                return null;
            }
            covariates[j] = value;
        }
        return (time, observed, covariates);
    }

    private static List<Error> HeaderErrors(string[] header)
    {
        var errors = new List<Error>();
        foreach (var required in new[] { PatientIdColumn, TimeColumn, EventColumn })
        {
            if (!header.Contains(required))
            {
                errors.Add(new ValidationError(required, MissingColumn, $"The header has no {required} column; it must begin {PatientIdColumn},{TimeColumn},{EventColumn}."));
            }
        }
        foreach (var duplicate in header.GroupBy(name => name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add(new ValidationError(duplicate.Key, DuplicateColumn, $"The header names the column {duplicate.Key} more than once."));
        }
        return errors;
    }

    /// <summary>A finite number, or null for an empty, NA or non-numeric field.</summary>
    private static double? Number(string field) =>
        double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null;

    /// <summary>Splits one line on commas, honouring double quotes ("" inside quotes is one quote).</summary>
    private static List<string> Split(string line)
    {
        var fields = new List<string>();
        if (!line.Contains('"', StringComparison.Ordinal))
        {
            fields.AddRange(line.TrimEnd('\r').Split(','));
            return fields;
        }
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c != '\r')
            {
                field.Append(c);
            }
        }
        fields.Add(field.ToString());
        return fields;
    }
}
