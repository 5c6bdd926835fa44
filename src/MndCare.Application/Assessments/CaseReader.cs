using System.Globalization;
using System.Text.Json;
using MndCare.Domain.Assessments;
using MndCare.Domain.Criteria;
using MndCare.Domain.Patients;
using MndCare.Domain.Results;

namespace MndCare.Application.Assessments;

/// <summary>Reads one JSON line of the `mndcare assess` contract into a <see cref="ClinicalCase"/>, never throwing on bad input.</summary>
/// <remarks>Rules: the contract in the clinical-core issue and Decision 14 of clinical-instruments.md. Enum strings are
/// exact and case-sensitive; an ALSFRS-R item is a JSON number with an integral value 0..4 (4.0 is 4; "3" and 2.5 are
/// errors); null counts as absent; physiological ranges are checked, never clamped.</remarks>
public static class CaseReader
{
    /// <summary>Tallest plausible height, cm.</summary>
    public const double MaxHeightCm = 250;

    /// <summary>Shortest plausible height, cm.</summary>
    public const double MinHeightCm = 50;

    /// <summary>Largest plausible forced vital capacity, litres.</summary>
    public const double MaxFvcLiters = 10;

    /// <summary>Smallest measurable forced vital capacity, litres.</summary>
    public const double MinFvcLiters = 0.1;

    /// <summary>Largest plausible FVC in percent of predicted.</summary>
    public const double MaxFvcPercent = 200;

    /// <summary>Smallest plausible FVC in percent of predicted.</summary>
    public const double MinFvcPercent = 1;

    private static readonly string[] ItemNames =
    [
        AlsfrsR.ItemNames.Speech, AlsfrsR.ItemNames.Salivation, AlsfrsR.ItemNames.Swallowing, AlsfrsR.ItemNames.Handwriting,
        AlsfrsR.ItemNames.CuttingWithoutGastrostomy, AlsfrsR.ItemNames.CuttingWithGastrostomy, AlsfrsR.ItemNames.Dressing,
        AlsfrsR.ItemNames.Turning, AlsfrsR.ItemNames.Walking, AlsfrsR.ItemNames.Climbing, AlsfrsR.ItemNames.Dyspnea,
        AlsfrsR.ItemNames.Orthopnea, AlsfrsR.ItemNames.RespiratoryInsufficiency,
    ];

    private static readonly Dictionary<string, Region> Regions = new(StringComparer.Ordinal)
    {
        ["bulbar"] = Region.Bulbar,
        ["cervical"] = Region.Cervical,
        ["thoracic"] = Region.Thoracic,
        ["lumbosacral"] = Region.Lumbosacral,
    };

    private static readonly HashSet<string> Ethnicities = new(StringComparer.Ordinal) { "caucasian", "africanAmerican", "mexicanAmerican" };

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 8 };

    /// <summary>Reads a line; false when it is not a JSON object (the case then carries only an invalidJson error).</summary>
    /// <param name="line">One line of input.</param>
    /// <param name="today">Today's date: later dates are errors.</param>
    /// <param name="result">The case.</param>
    public static bool TryRead(string line, DateOnly today, out ClinicalCase result)
    {
        result = new ClinicalCase();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line.AsMemory(), Options);
        }
        catch (JsonException e)
        {
            result.Errors.Add(new ValidationError("line", CaseErrors.InvalidJson, $"The line is not valid JSON: {e.Message}"));
            return false;
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                result.Errors.Add(new ValidationError("line", CaseErrors.InvalidJson, "The line is not a JSON object."));
                return false;
            }
            var fields = Unique(document.RootElement, result, prefix: "");
            Read(fields, today, result);
        }
        return true;
    }

    private static Dictionary<string, JsonElement> Unique(JsonElement element, ClinicalCase result, string prefix)
    {
        var fields = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var duplicates = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (!fields.TryAdd(property.Name, property.Value))
            {
                duplicates.Add(property.Name);
            }
        }
        foreach (var name in duplicates)
        {
            fields.Remove(name);
            result.MarkInvalid(prefix + name);
            result.Errors.Add(new ValidationError(prefix + name, CaseErrors.DuplicateField, $"{prefix}{name} is given more than once."));
        }
        return fields;
    }

    private static void Read(Dictionary<string, JsonElement> fields, DateOnly today, ClinicalCase c)
    {
        foreach (var name in fields.Keys.Where(n => !IsKnown(n)))
        {
            c.Errors.Add(new ValidationError(name, CaseErrors.UnknownField, $"{name} is not a field of the assess contract."));
        }
        c.Id = ReadString(fields, CaseFields.Id, c);
        c.AssessmentDate = ReadDate(fields, CaseFields.AssessmentDate, today, c);
        c.BirthDate = ReadDate(fields, CaseFields.BirthDate, today, c);
        c.OnsetDate = ReadDate(fields, CaseFields.OnsetDate, today, c);
        c.DiagnosisDate = ReadDate(fields, CaseFields.DiagnosisDate, today, c);
        c.Sex = ReadEnum(fields, CaseFields.Sex, c, "male", "female") switch
        {
            "male" => Sex.Male,
            "female" => Sex.Female,
            _ => null,
        };
        var site = ReadEnum(fields, CaseFields.OnsetSite, c, [.. WireNames.All<OnsetSite>()]);
        c.OnsetSite = site is null ? null : WireNames.Parse<OnsetSite>(site);
        c.Ethnicity = ReadEnum(fields, CaseFields.Ethnicity, c, [.. Ethnicities]);
        c.HeightCm = ReadNumber(fields, CaseFields.HeightCm, MinHeightCm, MaxHeightCm, "cm", c);
        c.FvcLiters = ReadNumber(fields, CaseFields.FvcLiters, MinFvcLiters, MaxFvcLiters, "L", c);
        c.FvcPercentPredicted = ReadNumber(fields, CaseFields.FvcPercentPredicted, MinFvcPercent, MaxFvcPercent, "%", c);
        c.Ftd = ReadFlag(fields, CaseFields.Ftd, c);
        c.C9orf72 = ReadFlag(fields, CaseFields.C9orf72, c);
        c.Deceased = ReadFlag(fields, CaseFields.Deceased, c);
        var progression = ReadFlag(fields, CaseFields.Progression, c);
        var excluded = ReadFlag(fields, CaseFields.AlternativeExcluded, c);
        ReadFindings(fields, progression, excluded, c);
        ReadAlsfrsR(fields, c);
        CheckDateOrder(c);
    }

    private static bool IsKnown(string name) => name is CaseFields.Id or CaseFields.AssessmentDate or CaseFields.BirthDate or CaseFields.OnsetDate
        or CaseFields.DiagnosisDate or CaseFields.Sex or CaseFields.OnsetSite or CaseFields.Ethnicity or CaseFields.HeightCm or CaseFields.FvcLiters
        or CaseFields.FvcPercentPredicted or CaseFields.Alsfrsr or CaseFields.Findings or CaseFields.Progression or CaseFields.AlternativeExcluded
        or CaseFields.Ftd or CaseFields.C9orf72 or CaseFields.Deceased;

    private static bool TryGet(Dictionary<string, JsonElement> fields, string name, out JsonElement value) =>
        fields.TryGetValue(name, out value) && value.ValueKind != JsonValueKind.Null;

    private static void Invalid(ClinicalCase c, string field, string code, string message)
    {
        c.MarkInvalid(field);
        c.Errors.Add(new ValidationError(field, code, message));
    }

    private static string? ReadString(Dictionary<string, JsonElement> fields, string name, ClinicalCase c)
    {
        if (!TryGet(fields, name, out var value))
        {
            return null;
        }
        if (value.ValueKind != JsonValueKind.String)
        {
            Invalid(c, name, CaseErrors.InvalidValue, $"{name} must be a string.");
            return null;
        }
        return value.GetString();
    }

    private static DateOnly? ReadDate(Dictionary<string, JsonElement> fields, string name, DateOnly today, ClinicalCase c)
    {
        var text = ReadString(fields, name, c);
        if (text is null)
        {
            return null;
        }
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Invalid(c, name, CaseErrors.InvalidDate, $"{name} must be a calendar date written YYYY-MM-DD.");
            return null;
        }
        if (date > today)
        {
            Invalid(c, name, CaseErrors.FutureDate, $"{name} ({text}) is in the future.");
            return null;
        }
        return date;
    }

    private static string? ReadEnum(Dictionary<string, JsonElement> fields, string name, ClinicalCase c, params string[] allowed)
    {
        var text = ReadString(fields, name, c);
        if (text is null || allowed.Contains(text, StringComparer.Ordinal))
        {
            return text;
        }
        Invalid(c, name, CaseErrors.InvalidValue, $"{name} must be one of: {string.Join(", ", allowed)}.");
        return null;
    }

    private static double? ReadNumber(Dictionary<string, JsonElement> fields, string name, double min, double max, string unit, ClinicalCase c)
    {
        if (!TryGet(fields, name, out var value))
        {
            return null;
        }
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number) || !double.IsFinite(number))
        {
            Invalid(c, name, CaseErrors.InvalidValue, $"{name} must be a number.");
            return null;
        }
        if (number < min || number > max)
        {
            Invalid(c, name, CaseErrors.OutOfRange,
                string.Create(CultureInfo.InvariantCulture, $"{name} {number} is outside the physiological range {min}-{max} {unit}."));
            return null;
        }
        return number;
    }

    private static bool ReadFlag(Dictionary<string, JsonElement> fields, string name, ClinicalCase c)
    {
        if (!TryGet(fields, name, out var value))
        {
            return false;
        }
        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }
        Invalid(c, name, CaseErrors.InvalidValue, $"{name} must be true or false.");
        return false;
    }

    private static void ReadFindings(Dictionary<string, JsonElement> fields, bool progression, bool excluded, ClinicalCase c)
    {
        var regions = new Dictionary<Region, RegionFindings>();
        if (TryGet(fields, CaseFields.Findings, out var findings))
        {
            if (findings.ValueKind != JsonValueKind.Object)
            {
                Invalid(c, CaseFields.Findings, CaseErrors.InvalidValue, "findings must be an object keyed by region.");
            }
            else
            {
                foreach (var (name, value) in Unique(findings, c, "findings."))
                {
                    if (!Regions.TryGetValue(name, out var region))
                    {
                        Invalid(c, CaseFields.Findings, CaseErrors.InvalidValue, $"findings.{name} is not a region (bulbar, cervical, thoracic, lumbosacral).");
                        continue;
                    }
                    if (ReadRegion(name, value, c) is { } regionFindings)
                    {
                        regions[region] = regionFindings;
                        c.FindingsGiven = true;
                    }
                }
            }
        }
        if (c.Errors.Any(e => e is ValidationError v && v.Field.StartsWith("findings.", StringComparison.Ordinal)))
        {
            c.MarkInvalid(CaseFields.Findings);
        }
        c.Findings = Findings.Create(regions, progression, excluded);
    }

    private static RegionFindings? ReadRegion(string region, JsonElement value, ClinicalCase c)
    {
        var field = $"findings.{region}";
        if (value.ValueKind != JsonValueKind.Object)
        {
            Invalid(c, CaseFields.Findings, CaseErrors.InvalidValue, $"{field} must be an object of umn, lmnClinical, lmnEmg, fasciculationEmg.");
            return null;
        }
        bool umn = false, lmnClinical = false, lmnEmg = false, fasciculationEmg = false;
        foreach (var (name, flag) in Unique(value, c, field + "."))
        {
            if (flag.ValueKind is not (JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null))
            {
                Invalid(c, CaseFields.Findings, CaseErrors.InvalidValue, $"{field}.{name} must be true or false.");
                continue;
            }
            var on = flag.ValueKind == JsonValueKind.True;
            switch (name)
            {
                case "umn": umn = on; break;
                case "lmnClinical": lmnClinical = on; break;
                case "lmnEmg": lmnEmg = on; break;
                case "fasciculationEmg": fasciculationEmg = on; break;
                default:
                    Invalid(c, CaseFields.Findings, CaseErrors.UnknownField, $"{field}.{name} is not a finding (umn, lmnClinical, lmnEmg, fasciculationEmg).");
                    break;
            }
        }
        return new RegionFindings(umn, lmnClinical, lmnEmg, fasciculationEmg);
    }

    private static void ReadAlsfrsR(Dictionary<string, JsonElement> fields, ClinicalCase c)
    {
        if (!TryGet(fields, CaseFields.Alsfrsr, out var form))
        {
            return;
        }
        if (form.ValueKind != JsonValueKind.Object)
        {
            Invalid(c, CaseFields.Alsfrsr, CaseErrors.InvalidValue, "alsfrsr must be an object of item scores.");
            return;
        }
        var items = new Dictionary<string, int?>(StringComparer.Ordinal);
        var errorsBefore = c.Errors.Count;
        foreach (var (name, value) in Unique(form, c, "alsfrsr."))
        {
            if (!ItemNames.Contains(name, StringComparer.Ordinal))
            {
                c.Errors.Add(new ValidationError("alsfrsr." + name, CaseErrors.UnknownField, $"alsfrsr.{name} is not an ALSFRS-R item."));
                continue;
            }
            if (value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }
            var integral = value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number) && number == Math.Floor(number)
                && number is >= AlsfrsR.MinItemScore and <= AlsfrsR.MaxItemScore;
            // A value that is not an integer 0..4 becomes an out-of-range score, so the scale reports itemOutOfRange (Decision 2).
            items[name] = integral ? (int)value.GetDouble() : AlsfrsR.MinItemScore - 1;
        }
        var alsfrs = AlsfrsR.Create(items);
        if (alsfrs.IsSuccess && c.Errors.Count == errorsBefore)
        {
            c.AlsfrsR = alsfrs.Value;
            return;
        }
        c.Errors.AddRange(alsfrs.Errors);
        c.MarkInvalid(CaseFields.Alsfrsr);
    }

    private static void CheckDateOrder(ClinicalCase c)
    {
        if (c.OnsetDate is { } onset && c.DiagnosisDate is { } diagnosis && onset > diagnosis)
        {
            Invalid(c, CaseFields.DiagnosisDate, CaseErrors.OnsetAfterDiagnosis, "onsetDate is after diagnosisDate.");
        }
        if (c.BirthDate is { } birth && c.OnsetDate is { } onsetDate && birth >= onsetDate)
        {
            Invalid(c, CaseFields.BirthDate, CaseErrors.BirthNotBeforeOnset, "birthDate is not before onsetDate.");
        }
    }
}
