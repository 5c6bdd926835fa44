using System.Globalization;
using MndCare.Domain.Auditing;
using MndCare.Domain.Results;
using MndCare.Domain.Text;
using MndCare.Domain.Time;

namespace MndCare.Domain.Patients;

/// <summary>Validated patient registry fields.</summary>
/// <remarks>
/// Date rules follow the security test plan, part D2: ISO yyyy-MM-dd only; no date after the clinic's today; birth
/// no more than <see cref="MaxAgeYears"/> years ago and before onset; onset no later than diagnosis; death not
/// before birth, onset or diagnosis.
/// </remarks>
public sealed record PatientDetails
{
    /// <summary>Longest medical record number.</summary>
    public const int MaxMrnLength = 32;

    /// <summary>Longest name, in text elements.</summary>
    public const int MaxNameLength = 200;

    /// <summary>Longest telephone number.</summary>
    public const int MaxPhoneLength = 40;

    /// <summary>Longest e-mail address (RFC 5321 path limit).</summary>
    public const int MaxEmailLength = 254;

    /// <summary>Oldest plausible age; an earlier birth date is a typing error.</summary>
    public const int MaxAgeYears = 120;

    private PatientDetails()
    {
    }

    /// <summary>Medical record number, unique within the clinic.</summary>
    public required string Mrn { get; init; }

    /// <summary>Full name in the patient's own script.</summary>
    public required string NativeName { get; init; }

    /// <summary>Full name in Latin letters; null when not given.</summary>
    public string? LatinName { get; init; }

    /// <summary>Administrative sex.</summary>
    public required Sex Sex { get; init; }

    /// <summary>Date of birth.</summary>
    public required DateOnly BirthDate { get; init; }

    /// <summary>Telephone; null when not given.</summary>
    public string? Phone { get; init; }

    /// <summary>E-mail address; null when not given.</summary>
    public string? Email { get; init; }

    /// <summary>Language for letters and reports.</summary>
    public required PreferredLanguage PreferredLanguage { get; init; }

    /// <summary>Date of the first symptom; null when unknown.</summary>
    public DateOnly? OnsetDate { get; init; }

    /// <summary>Date of diagnosis; null when not diagnosed or unknown.</summary>
    public DateOnly? DiagnosisDate { get; init; }

    /// <summary>Where the first symptom appeared; null when unknown.</summary>
    public OnsetSite? OnsetSite { get; init; }

    /// <summary>Date of death; null while alive or unknown.</summary>
    public DateOnly? DeathDate { get; init; }

    /// <summary>Validates every field and reports every error at once.</summary>
    /// <param name="input">The raw fields.</param>
    /// <param name="today">Today's date in the clinic's time zone.</param>
    public static Result<PatientDetails> Create(PatientDetailsInput input, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<Error>();
        var mrn = Collect(ValidateMrn(input.Mrn), errors);
        var nativeName = Collect(FreeText.Required(input.NativeName, "nativeName", MaxNameLength), errors);
        var latinName = Collect(FreeText.Optional(input.LatinName, "latinName", MaxNameLength), errors);
        var sex = ParseRequiredEnum<Sex>(input.Sex, "sex", errors);
        var language = ParseRequiredEnum<PreferredLanguage>(input.PreferredLanguage, "preferredLanguage", errors);
        var onsetSite = ParseOptionalEnum<OnsetSite>(input.OnsetSite, "onsetSite", errors);
        var phone = Collect(ValidatePhone(input.Phone), errors);
        var email = Collect(ValidateEmail(input.Email), errors);

        var birth = ParseDate(input.BirthDate, "birthDate", required: true, today, errors);
        var onset = ParseDate(input.OnsetDate, "onsetDate", required: false, today, errors);
        var diagnosis = ParseDate(input.DiagnosisDate, "diagnosisDate", required: false, today, errors);
        var death = ParseDate(input.DeathDate, "deathDate", required: false, today, errors);

        if (birth is { } b && b < today.AddYears(-MaxAgeYears))
        {
            errors.Add(new ValidationError("birthDate", "implausibleAge", $"birthDate is more than {MaxAgeYears} years ago."));
        }
        if (birth is { } b2 && b2 == today)
        {
            errors.Add(new ValidationError("birthDate", "implausibleAge", "birthDate cannot be today."));
        }
        CheckDateOrder(birth, onset, diagnosis, death, errors);

        if (errors.Count > 0)
        {
            return Result<PatientDetails>.Failure(errors);
        }
        return new PatientDetails
        {
            Mrn = mrn!,
            NativeName = nativeName!,
            LatinName = latinName,
            Sex = sex!.Value,
            BirthDate = birth!.Value,
            Phone = phone,
            Email = email,
            PreferredLanguage = language!.Value,
            OnsetDate = onset,
            DiagnosisDate = diagnosis,
            OnsetSite = onsetSite,
            DeathDate = death,
        };
    }

    /// <summary>Rebuilds details that were validated when they were stored.</summary>
    internal static PatientDetails FromTrusted(string mrn, string nativeName, string? latinName, Sex sex, DateOnly birthDate,
        string? phone, string? email, PreferredLanguage language, DateOnly? onsetDate, DateOnly? diagnosisDate,
        OnsetSite? onsetSite, DateOnly? deathDate) => new()
    {
        Mrn = mrn,
        NativeName = nativeName,
        LatinName = latinName,
        Sex = sex,
        BirthDate = birthDate,
        Phone = phone,
        Email = email,
        PreferredLanguage = language,
        OnsetDate = onsetDate,
        DiagnosisDate = diagnosisDate,
        OnsetSite = onsetSite,
        DeathDate = deathDate,
    };

    /// <summary>These details with the MND history that is still empty (onset date, onset site, diagnosis date) taken from
    /// another source, such as the patient's questionnaire. A recorded value is never overwritten, and a date that would
    /// break the date order with the recorded dates is left out.</summary>
    /// <param name="onsetDate">The source's onset date, or null.</param>
    /// <param name="onsetSite">The source's onset site, or null.</param>
    /// <param name="diagnosisDate">The source's diagnosis date, or null.</param>
    public PatientDetails WithHistoryGapsFilled(DateOnly? onsetDate, OnsetSite? onsetSite, DateOnly? diagnosisDate)
    {
        var filled = this with { OnsetSite = OnsetSite ?? onsetSite };
        if (OnsetDate is null && onsetDate is not null && InDateOrder(filled with { OnsetDate = onsetDate }) is { } withOnset)
        {
            filled = withOnset;
        }
        if (DiagnosisDate is null && diagnosisDate is not null && InDateOrder(filled with { DiagnosisDate = diagnosisDate }) is { } withDiagnosis)
        {
            filled = withDiagnosis;
        }
        return filled;
    }

    private static PatientDetails? InDateOrder(PatientDetails candidate)
    {
        var errors = new List<Error>();
        CheckDateOrder(candidate.BirthDate, candidate.OnsetDate, candidate.DiagnosisDate, candidate.DeathDate, errors);
        return errors.Count == 0 ? candidate : null;
    }

    /// <summary>The fields as wire text, in a fixed order; used for change lists and audit.</summary>
    public IReadOnlyList<KeyValuePair<string, string?>> AsWireFields() =>
    [
        new("mrn", Mrn),
        new("nativeName", NativeName),
        new("latinName", LatinName),
        new("sex", WireNames.Of(Sex)),
        new("birthDate", FormatDate(BirthDate)),
        new("phone", Phone),
        new("email", Email),
        new("preferredLanguage", WireNames.Of(PreferredLanguage)),
        new("onsetDate", FormatDate(OnsetDate)),
        new("diagnosisDate", FormatDate(DiagnosisDate)),
        new("onsetSite", OnsetSite is { } site ? WireNames.Of(site) : null),
        new("deathDate", FormatDate(DeathDate)),
    ];

    /// <summary>The fields that differ between <paramref name="before"/> (null for a new record) and this.</summary>
    /// <param name="before">The earlier details, or null.</param>
    public IReadOnlyList<FieldChange> ChangesSince(PatientDetails? before)
    {
        var after = AsWireFields();
        var old = before?.AsWireFields();
        var changes = new List<FieldChange>();
        for (var i = 0; i < after.Count; i++)
        {
            var oldValue = old?[i].Value;
            if (!string.Equals(oldValue, after[i].Value, StringComparison.Ordinal))
            {
                changes.Add(new FieldChange(after[i].Key, oldValue, after[i].Value));
            }
        }
        return changes;
    }

    /// <summary>ISO 8601 calendar date (yyyy-MM-dd), the only date form MndCare reads or writes.</summary>
    /// <param name="date">The date, or null.</param>
    public static string? FormatDate(DateOnly? date) =>
        date is { } d ? ClinicTime.Format(d) : null;

    /// <summary>Reads a calendar date written yyyy-MM-dd, the one form <see cref="FormatDate"/> writes.</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="date">The date when the text is one.</param>
    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, ClinicTime.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static T? Collect<T>(Result<T> result, List<Error> errors)
    {
        if (result.IsSuccess)
        {
            return result.Value;
        }
        errors.AddRange(result.Errors);
        return default;
    }

    private static Result<string> ValidateMrn(string? value)
    {
        var text = FreeText.Required(value, "mrn", MaxMrnLength);
        if (!text.IsSuccess)
        {
            return text;
        }
        var mrn = text.Value;
        var wellFormed = char.IsAsciiLetterOrDigit(mrn[0])
            && mrn.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/');
        return wellFormed
            ? mrn
            : new ValidationError("mrn", "invalidFormat", "mrn may contain only Latin letters, digits and - _ . / and must start with a letter or digit.");
    }

    private static Result<string?> ValidatePhone(string? value)
    {
        var text = FreeText.Optional(value, "phone", MaxPhoneLength);
        if (!text.IsSuccess || text.Value is null)
        {
            return text;
        }
        var phone = text.Value;
        return phone.Any(char.IsAsciiDigit) && phone.All(c => char.IsAsciiDigit(c) || c is '+' or ' ' or '-' or '(' or ')')
            ? phone
            : new ValidationError("phone", "invalidFormat", "phone may contain only digits, spaces and + - ( ).");
    }

    private static Result<string?> ValidateEmail(string? value)
    {
        var text = FreeText.Optional(value, "email", MaxEmailLength);
        if (!text.IsSuccess || text.Value is null)
        {
            return text;
        }
        var email = text.Value;
        var at = email.IndexOf('@', StringComparison.Ordinal);
        var wellFormed = at > 0 && at == email.LastIndexOf('@') && at < email.Length - 1
            && !email.Any(char.IsWhiteSpace) && email[(at + 1)..].Contains('.', StringComparison.Ordinal);
        return wellFormed ? email : new ValidationError("email", "invalidFormat", "email is not an e-mail address.");
    }

    private static TEnum? ParseRequiredEnum<TEnum>(string? text, string field, List<Error> errors) where TEnum : struct, Enum
    {
        if (string.IsNullOrEmpty(text))
        {
            errors.Add(new ValidationError(field, ValidationError.Required, $"{field} is required."));
            return null;
        }
        return ParseOptionalEnum<TEnum>(text, field, errors);
    }

    private static TEnum? ParseOptionalEnum<TEnum>(string? text, string field, List<Error> errors) where TEnum : struct, Enum
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        var value = WireNames.Parse<TEnum>(text);
        if (value is null)
        {
            errors.Add(new ValidationError(field, "invalidValue", $"{field} must be one of: {string.Join(", ", WireNames.All<TEnum>())}."));
        }
        return value;
    }

    private static DateOnly? ParseDate(string? text, string field, bool required, DateOnly today, List<Error> errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            if (required)
            {
                errors.Add(new ValidationError(field, ValidationError.Required, $"{field} is required."));
            }
            return null;
        }
        if (!TryParseDate(text, out var date))
        {
            errors.Add(new ValidationError(field, "invalidDate", $"{field} must be a calendar date written yyyy-MM-dd."));
            return null;
        }
        if (date > today)
        {
            errors.Add(new ValidationError(field, "futureDate", $"{field} is in the future."));
            return null;
        }
        return date;
    }

    private static void CheckDateOrder(DateOnly? birth, DateOnly? onset, DateOnly? diagnosis, DateOnly? death, List<Error> errors)
    {
        RequireOrder(birth, onset, "onsetDate", "onsetBeforeBirth", "onsetDate is before birthDate.", errors, allowEqual: false);
        RequireOrder(onset, diagnosis, "diagnosisDate", "diagnosisBeforeOnset", "diagnosisDate is before onsetDate.", errors, allowEqual: true);
        RequireOrder(birth, diagnosis, "diagnosisDate", "diagnosisBeforeBirth", "diagnosisDate is before birthDate.", errors, allowEqual: false);
        RequireOrder(birth, death, "deathDate", "deathBeforeBirth", "deathDate is before birthDate.", errors, allowEqual: true);
        RequireOrder(onset, death, "deathDate", "deathBeforeOnset", "deathDate is before onsetDate.", errors, allowEqual: true);
        RequireOrder(diagnosis, death, "deathDate", "deathBeforeDiagnosis", "deathDate is before diagnosisDate.", errors, allowEqual: true);
    }

    private static void RequireOrder(DateOnly? earlier, DateOnly? later, string field, string code, string message, List<Error> errors, bool allowEqual)
    {
        if (earlier is { } e && later is { } l && (l < e || (!allowEqual && l == e)))
        {
            errors.Add(new ValidationError(field, code, message));
        }
    }
}
