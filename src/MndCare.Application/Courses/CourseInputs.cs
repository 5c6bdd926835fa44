using System.Globalization;
using System.Text.RegularExpressions;
using MndCare.Domain.Courses;
using MndCare.Domain.Patients;
using MndCare.Domain.Results;
using MndCare.Domain.Time;

namespace MndCare.Application.Courses;

/// <summary>Reads the text fields of course requests: dates, instants with an offset and medication names, with field errors.</summary>
internal static partial class CourseInputs
{
    /// <summary>The code of a date that is not written yyyy-MM-dd (the same as the patient registry's).</summary>
    public const string InvalidDate = "invalidDate";

    /// <summary>The code of a time that is not ISO 8601 with an offset.</summary>
    public const string InvalidDateTime = "invalidDateTime";

    public static DateOnly? Date(string? text, string field, bool required, List<Error> errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            if (required)
            {
                errors.Add(new ValidationError(field, ValidationError.Required, $"{field} is required (yyyy-MM-dd)."));
            }
            return null;
        }
        if (PatientDetails.TryParseDate(text, out var date))
        {
            return date;
        }
        errors.Add(new ValidationError(field, InvalidDate, $"{field} must be a calendar date written {ClinicTime.DateFormat}."));
        return null;
    }

    // An offset is required: a bare wall-clock time would be read in whatever zone the server runs in.
    public static DateTime? Instant(string? text, string field, List<Error> errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            errors.Add(new ValidationError(field, ValidationError.Required, $"{field} is required (ISO 8601 with an offset, e.g. 2026-12-07T10:00:00+08:00)."));
            return null;
        }
        if (WithOffset().IsMatch(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            return instant.UtcDateTime;
        }
        errors.Add(new ValidationError(field, InvalidDateTime, $"{field} must be an ISO 8601 date and time with an offset, e.g. 2026-12-07T10:00:00+08:00."));
        return null;
    }

    public static KnownMedication? Medication(string? text, List<Error> errors)
    {
        if (WireNames.Parse<KnownMedication>(text) is { } medication)
        {
            return medication;
        }
        errors.Add(string.IsNullOrEmpty(text)
            ? new ValidationError("medication", ValidationError.Required, "medication is required.")
            : new ValidationError("medication", CourseErrorCodes.UnknownMedication,
                "medication must be one of " + string.Join(", ", WireNames.All<KnownMedication>()) + " (other with a name)."));
        return null;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant, 100)]
    private static partial Regex WithOffset();
}
