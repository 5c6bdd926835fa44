using System.Globalization;
using System.Text.Json;
using MndCare.Domain.Assessments;
using MndCare.Domain.Criteria;
using MndCare.Domain.Patients;
using MndCare.Domain.Results;

namespace MndCare.Application.Assessments;

/// <summary>Reads one JSON line of the `mndcare assess` contract into a <see cref="ClinicalCase"/>, never throwing on bad input.</summary>
/// <remarks>Rules: docs/instruments/assess-contract.md (Decision 14). Enum strings are exact and case-sensitive; an
/// ALSFRS-R item is a JSON number with an integral value 0..4 (4.0 is 4; "3" and 2.5 are errors); null counts as absent;
/// physiological ranges are checked, never clamped; ftd and c9orf72 are true, false, or not known when absent or null.</remarks>
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

    private static readonly string[] ItemNames = [.. AlsfrsR.ItemNames.All];

    private static readonly string[] RootFields =
    [
        CaseFields.Id, CaseFields.AssessmentDate, CaseFields.BirthDate, CaseFields.OnsetDate, CaseFields.DiagnosisDate, CaseFields.Sex,
        CaseFields.OnsetSite, CaseFields.Ethnicity, CaseFields.HeightCm, CaseFields.FvcLiters, CaseFields.FvcPercentPredicted,
        CaseFields.Alsfrsr, CaseFields.Findings, CaseFields.Progression, CaseFields.AlternativeExcluded, CaseFields.Ftd, CaseFields.C9orf72,
        CaseFields.Deceased,
    ];

    private static readonly byte[][] RootFieldsUtf8 = [.. RootFields.Select(System.Text.Encoding.UTF8.GetBytes)];

    private static readonly string[] RegionNames = [.. Enum.GetValues<Region>().Select(r => r.WireName())];

    private static readonly byte[][] RegionNamesUtf8 = [.. RegionNames.Select(System.Text.Encoding.UTF8.GetBytes)];

    private static readonly string[] FindingNames = ["umn", "lmnClinical", "lmnEmg", "fasciculationEmg"];

    private static readonly byte[][] FindingNamesUtf8 = [.. FindingNames.Select(System.Text.Encoding.UTF8.GetBytes)];

    private static readonly byte[][] ItemNamesUtf8 = [.. ItemNames.Select(System.Text.Encoding.UTF8.GetBytes)];

    // Field paths are built once: a batch reads millions of properties.
    private static readonly string[] ItemPaths = [.. ItemNames.Select(n => "alsfrsr." + n)];

    private static readonly string[] RegionPaths = [.. RegionNames.Select(n => "findings." + n)];

    private static readonly string[][] FindingPaths = [.. RegionPaths.Select(r => FindingNames.Select(f => r + "." + f).ToArray())];

    private static readonly string[] Sexes = ["male", "female"];

    private static readonly string[] OnsetSites = [.. WireNames.All<OnsetSite>()];

    private static readonly OnsetSite[] OnsetSiteValues = [.. OnsetSites.Select(n => WireNames.Parse<OnsetSite>(n)!.Value)];

    private static readonly string[] Ethnicities = ["caucasian", "africanAmerican", "mexicanAmerican"];

    private static readonly JsonReaderOptions Options = new() { MaxDepth = 8, CommentHandling = JsonCommentHandling.Disallow };

    /// <summary>Reads a line; false when it is not a JSON object (the case then carries only an invalidJson error).</summary>
    /// <param name="line">One line of input, UTF-8.</param>
    /// <param name="today">Today's date: later dates are errors.</param>
    /// <param name="result">The case.</param>
    public static bool TryRead(ReadOnlySpan<byte> line, DateOnly today, out ClinicalCase result)
    {
        result = new ClinicalCase();
        var reader = new Utf8JsonReader(line, Options);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                result = Malformed("The line is not a JSON object.");
                return false;
            }
            ReadRoot(ref reader, today, result);
            if (reader.Read())
            {
                result = Malformed("The line holds more than one JSON value.");
                return false;
            }
        }
        catch (JsonException e)
        {
            result = Malformed($"The line is not valid JSON: {e.Message}");
            return false;
        }
        return true;
    }

    private static ClinicalCase Malformed(string message)
    {
        var c = new ClinicalCase();
        c.Errors.Add(new ValidationError("line", CaseErrors.InvalidJson, message));
        return c;
    }

    /// <summary>The index of the property name the reader is on in <paramref name="names"/>, or −1.</summary>
    private static int IndexOf(ref Utf8JsonReader reader, byte[][] names)
    {
        if (reader.ValueIsEscaped)
        {
            var text = System.Text.Encoding.UTF8.GetBytes(reader.GetString()!);
            return Array.FindIndex(names, n => n.AsSpan().SequenceEqual(text));
        }
        var span = reader.ValueSpan;
        for (var i = 0; i < names.Length; i++)
        {
            if (span.SequenceEqual(names[i]))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>Moves to the value of the current property; false (value consumed) when it is a duplicate or JSON null.</summary>
    private static bool NextValue(ref Utf8JsonReader reader, ref uint seen, int index, string field, ClinicalCase c)
    {
        reader.Read();
        var bit = 1u << index;
        if ((seen & bit) != 0)
        {
            reader.Skip();
            if (!c.IsInvalid(field) || !c.Errors.Any(e => e.Code == CaseErrors.DuplicateField && e is ValidationError v && v.Field == field))
            {
                c.MarkInvalid(field);
                c.Errors.Add(new ValidationError(field, CaseErrors.DuplicateField, $"{field} is given more than once."));
            }
            return false;
        }
        seen |= bit;
        return reader.TokenType != JsonTokenType.Null;
    }

    private static void ReadRoot(ref Utf8JsonReader reader, DateOnly today, ClinicalCase c)
    {
        uint seen = 0;
        bool progression = false, excluded = false;
        var findings = new RegionFindings[RegionNames.Length];
        var findingsInvalid = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var index = IndexOf(ref reader, RootFieldsUtf8);
            if (index < 0)
            {
                var name = reader.GetString()!;
                c.Errors.Add(new ValidationError(name, CaseErrors.UnknownField, $"{name} is not a field of the assess contract."));
                reader.Read();
                reader.Skip();
                continue;
            }
            var field = RootFields[index];
            if (!NextValue(ref reader, ref seen, index, field, c))
            {
                ClearDuplicate(field, c, ref progression, ref excluded);
                continue;
            }
            switch (field)
            {
                case CaseFields.Id: c.Id = ReadString(ref reader, field, c); break;
                case CaseFields.AssessmentDate: c.AssessmentDate = ReadDate(ref reader, field, today, c); break;
                case CaseFields.BirthDate: c.BirthDate = ReadDate(ref reader, field, today, c); break;
                case CaseFields.OnsetDate: c.OnsetDate = ReadDate(ref reader, field, today, c); break;
                case CaseFields.DiagnosisDate: c.DiagnosisDate = ReadDate(ref reader, field, today, c); break;
                case CaseFields.Sex:
                    c.Sex = ReadChoice(ref reader, field, Sexes, c) switch { 0 => Sex.Male, 1 => Sex.Female, _ => null };
                    break;
                case CaseFields.OnsetSite:
                    var site = ReadChoice(ref reader, field, OnsetSites, c);
                    c.OnsetSite = site >= 0 ? OnsetSiteValues[site] : null;
                    break;
                case CaseFields.Ethnicity:
                    var ethnicity = ReadChoice(ref reader, field, Ethnicities, c);
                    c.Ethnicity = ethnicity >= 0 ? Ethnicities[ethnicity] : null;
                    break;
                case CaseFields.HeightCm: c.HeightCm = ReadNumber(ref reader, field, MinHeightCm, MaxHeightCm, "cm", c); break;
                case CaseFields.FvcLiters: c.FvcLiters = ReadNumber(ref reader, field, MinFvcLiters, MaxFvcLiters, "L", c); break;
                case CaseFields.FvcPercentPredicted:
                    c.FvcPercentPredicted = ReadNumber(ref reader, field, MinFvcPercent, MaxFvcPercent, "%", c);
                    break;
                case CaseFields.Alsfrsr: ReadAlsfrsR(ref reader, c); break;
                case CaseFields.Findings: findingsInvalid |= !ReadFindings(ref reader, findings, c); break;
                case CaseFields.Progression: progression = ReadFlag(ref reader, field, c); break;
                case CaseFields.AlternativeExcluded: excluded = ReadFlag(ref reader, field, c); break;
                case CaseFields.Ftd: c.Ftd = ReadKnown(ref reader, field, c); break;
                case CaseFields.C9orf72: c.C9orf72 = ReadKnown(ref reader, field, c); break;
                case CaseFields.Deceased: c.Deceased = ReadFlag(ref reader, field, c); break;
                default: throw new InvalidOperationException("Unhandled field " + field);
            }
        }
        if (findingsInvalid || c.IsInvalid(CaseFields.Findings))
        {
            c.MarkInvalid(CaseFields.Findings);
        }
        else
        {
            c.Findings = Findings.Create(findings, progression, excluded);
        }
        CheckDateOrder(c);
    }

    // A field given twice is unusable: forget the first value.
    private static void ClearDuplicate(string field, ClinicalCase c, ref bool progression, ref bool excluded)
    {
        if (!c.IsInvalid(field))
        {
            return;
        }
        switch (field)
        {
            case CaseFields.Id: c.Id = null; break;
            case CaseFields.AssessmentDate: c.AssessmentDate = null; break;
            case CaseFields.BirthDate: c.BirthDate = null; break;
            case CaseFields.OnsetDate: c.OnsetDate = null; break;
            case CaseFields.DiagnosisDate: c.DiagnosisDate = null; break;
            case CaseFields.Sex: c.Sex = null; break;
            case CaseFields.OnsetSite: c.OnsetSite = null; break;
            case CaseFields.Ethnicity: c.Ethnicity = null; break;
            case CaseFields.HeightCm: c.HeightCm = null; break;
            case CaseFields.FvcLiters: c.FvcLiters = null; break;
            case CaseFields.FvcPercentPredicted: c.FvcPercentPredicted = null; break;
            case CaseFields.Alsfrsr: c.AlsfrsR = null; break;
            case CaseFields.Progression: progression = false; break;
            case CaseFields.AlternativeExcluded: excluded = false; break;
            case CaseFields.Ftd: c.Ftd = YesNoNotKnown.NotKnown; break;
            case CaseFields.C9orf72: c.C9orf72 = YesNoNotKnown.NotKnown; break;
            case CaseFields.Deceased: c.Deceased = false; break;
            default: break;
        }
    }

    private static void Invalid(ClinicalCase c, string field, string code, string message)
    {
        c.MarkInvalid(field);
        c.Errors.Add(new ValidationError(field, code, message));
    }

    /// <summary>Records a value of the wrong JSON type and skips it.</summary>
    private static void WrongType(ref Utf8JsonReader reader, ClinicalCase c, string field, string expected)
    {
        reader.Skip();
        Invalid(c, field, CaseErrors.InvalidValue, $"{field} must be {expected}.");
    }

    private static string? ReadString(ref Utf8JsonReader reader, string field, ClinicalCase c)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            WrongType(ref reader, c, field, "a string");
            return null;
        }
        return reader.GetString();
    }

    private static DateOnly? ReadDate(ref Utf8JsonReader reader, string field, DateOnly today, ClinicalCase c)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            WrongType(ref reader, c, field, "a date written YYYY-MM-DD");
            return null;
        }
        if (!TryParseIsoDate(reader.ValueIsEscaped ? System.Text.Encoding.UTF8.GetBytes(reader.GetString()!) : reader.ValueSpan, out var date))
        {
            Invalid(c, field, CaseErrors.InvalidDate, $"{field} must be a calendar date written YYYY-MM-DD.");
            return null;
        }
        if (date > today)
        {
            Invalid(c, field, CaseErrors.FutureDate, $"{field} ({date:yyyy-MM-dd}) is in the future.");
            return null;
        }
        return date;
    }

    /// <summary>Parses exactly yyyy-MM-dd (ten ASCII characters) into a real calendar date.</summary>
    private static bool TryParseIsoDate(ReadOnlySpan<byte> text, out DateOnly date)
    {
        date = default;
        if (text.Length != 10 || text[4] != (byte)'-' || text[7] != (byte)'-')
        {
            return false;
        }
        if (!TryDigits(text[..4], out var year) || !TryDigits(text[5..7], out var month) || !TryDigits(text[8..], out var day))
        {
            return false;
        }
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }
        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<byte> digits, out int value)
    {
        value = 0;
        foreach (var b in digits)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }
            value = (value * 10) + (b - '0');
        }
        return true;
    }

    /// <summary>The index of the string value among <paramref name="allowed"/> (exact, case-sensitive), or −1 with an error.</summary>
    private static int ReadChoice(ref Utf8JsonReader reader, string field, string[] allowed, ClinicalCase c)
    {
        var text = ReadString(ref reader, field, c);
        if (text is null)
        {
            return -1;
        }
        var index = Array.IndexOf(allowed, text);
        if (index < 0)
        {
            Invalid(c, field, CaseErrors.InvalidValue, $"{field} must be one of: {string.Join(", ", allowed)}.");
        }
        return index;
    }

    private static double? ReadNumber(ref Utf8JsonReader reader, string field, double min, double max, string unit, ClinicalCase c)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDouble(out var number) || !double.IsFinite(number))
        {
            WrongType(ref reader, c, field, "a number");
            return null;
        }
        if (number < min || number > max)
        {
            Invalid(c, field, CaseErrors.OutOfRange,
                string.Create(CultureInfo.InvariantCulture, $"{field} {number} is outside the physiological range {min}-{max} {unit}."));
            return null;
        }
        return number;
    }

    private static bool ReadFlag(ref Utf8JsonReader reader, string field, ClinicalCase c)
    {
        if (reader.TokenType is JsonTokenType.True or JsonTokenType.False)
        {
            return reader.GetBoolean();
        }
        WrongType(ref reader, c, field, "true or false");
        return false;
    }

    // A flag whose absence means "not known" rather than "no"; a value of the wrong type is invalid and stays not known.
    private static YesNoNotKnown ReadKnown(ref Utf8JsonReader reader, string field, ClinicalCase c)
    {
        if (reader.TokenType is JsonTokenType.True or JsonTokenType.False)
        {
            return YesNoNotKnownValues.FromKnown(reader.GetBoolean());
        }
        WrongType(ref reader, c, field, "true, false, or null when not known");
        return YesNoNotKnown.NotKnown;
    }

    /// <summary>Reads the findings object into <paramref name="regions"/>; false when any part of it is invalid.</summary>
    private static bool ReadFindings(ref Utf8JsonReader reader, RegionFindings[] regions, ClinicalCase c)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            WrongType(ref reader, c, CaseFields.Findings, "an object keyed by region");
            return false;
        }
        var valid = true;
        uint seen = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var index = IndexOf(ref reader, RegionNamesUtf8);
            if (index < 0)
            {
                var name = reader.GetString();
                reader.Read();
                reader.Skip();
                c.Errors.Add(new ValidationError(CaseFields.Findings, CaseErrors.InvalidValue,
                    $"findings.{name} is not a region (bulbar, cervical, thoracic, lumbosacral)."));
                valid = false;
                continue;
            }
            var field = RegionPaths[index];
            if (!NextValue(ref reader, ref seen, index, field, c))
            {
                valid &= !c.IsInvalid(field);
                continue;
            }
            valid &= ReadRegion(ref reader, index, out regions[index], c);
            c.FindingsGiven = true;
        }
        return valid;
    }

    private static bool ReadRegion(ref Utf8JsonReader reader, int region, out RegionFindings findings, ClinicalCase c)
    {
        var field = RegionPaths[region];
        findings = default;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            WrongType(ref reader, c, field, "an object of umn, lmnClinical, lmnEmg, fasciculationEmg");
            return false;
        }
        var valid = true;
        uint seen = 0;
        Span<bool> on = stackalloc bool[FindingNames.Length];
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var index = IndexOf(ref reader, FindingNamesUtf8);
            if (index < 0)
            {
                var name = reader.GetString();
                reader.Read();
                reader.Skip();
                c.Errors.Add(new ValidationError(field, CaseErrors.UnknownField,
                    $"{field}.{name} is not a finding (umn, lmnClinical, lmnEmg, fasciculationEmg)."));
                valid = false;
                continue;
            }
            var flag = FindingPaths[region][index];
            if (!NextValue(ref reader, ref seen, index, flag, c))
            {
                valid &= !c.IsInvalid(flag);
                continue;
            }
            if (reader.TokenType is not (JsonTokenType.True or JsonTokenType.False))
            {
                WrongType(ref reader, c, flag, "true or false");
                valid = false;
                continue;
            }
            on[index] = reader.GetBoolean();
        }
        findings = new RegionFindings(on[0], on[1], on[2], on[3]);
        return valid;
    }

    private static void ReadAlsfrsR(ref Utf8JsonReader reader, ClinicalCase c)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            WrongType(ref reader, c, CaseFields.Alsfrsr, "an object of item scores");
            return;
        }
        var errorsBefore = c.Errors.Count;
        var items = new Dictionary<string, int?>(ItemNames.Length, StringComparer.Ordinal);
        uint seen = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var index = IndexOf(ref reader, ItemNamesUtf8);
            if (index < 0)
            {
                var name = reader.GetString();
                reader.Read();
                reader.Skip();
                c.Errors.Add(new ValidationError("alsfrsr." + name, CaseErrors.UnknownField, $"alsfrsr.{name} is not an ALSFRS-R item."));
                continue;
            }
            var item = ItemNames[index];
            if (!NextValue(ref reader, ref seen, index, ItemPaths[index], c))
            {
                items.Remove(item);
                continue;
            }
            var integral = reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var number) && number == Math.Floor(number)
                && number is >= AlsfrsR.MinItemScore and <= AlsfrsR.MaxItemScore;
            // A value that is not an integer 0..4 becomes an out-of-range score, so the scale reports itemOutOfRange (Decision 2).
            items[item] = integral ? (int)reader.GetDouble() : AlsfrsR.MinItemScore - 1;
            reader.Skip();
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
