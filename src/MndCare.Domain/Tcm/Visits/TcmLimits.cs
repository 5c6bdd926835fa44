using MndCare.Domain.Results;

namespace MndCare.Domain.Tcm.Visits;

/// <summary>The bounds on what a TCM visit or session records, and the shared text and number checks.</summary>
/// <remarks>Plausibility bounds chosen by MndCare (ADR 0031), not clinical guidance: they catch typing slips, they never judge a dose.</remarks>
public static class TcmLimits
{
    /// <summary>The longest tongue or pulse description.</summary>
    public const int MaxFindingLength = 500;

    /// <summary>The longest free-text note.</summary>
    public const int MaxNotesLength = 4000;

    /// <summary>The longest region or method text.</summary>
    public const int MaxRegionOrMethodLength = 200;

    /// <summary>The most patterns on one visit.</summary>
    public const int MaxPatternsPerVisit = 10;

    /// <summary>The most point entries in one acupuncture session.</summary>
    public const int MaxPointsPerSession = 60;

    /// <summary>The shortest and longest needle retention or moxibustion/tuina duration, minutes.</summary>
    public const int MinMinutes = 1, MaxMinutes = 180;

    /// <summary>The electro-acupuncture frequency bounds, Hz: wide around the 2-100 Hz stimulators deliver.</summary>
    public const decimal MinFrequencyHz = 0.5m, MaxFrequencyHz = 200m;

    /// <summary>Trimmed text, null when blank; a text over <paramref name="max"/> characters adds an error.</summary>
    internal static string? OptionalText(string? value, int max, string field, List<Error> errors)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }
        if (trimmed.Length > max)
        {
            errors.Add(new ValidationError(field, ValidationError.OutOfRange, $"{field} is longer than {max} characters."));
        }
        return trimmed;
    }

    /// <summary>Trimmed text that must be given.</summary>
    internal static string? RequiredText(string? value, int max, string field, List<Error> errors)
    {
        var text = OptionalText(value, max, field, errors);
        if (text is null)
        {
            errors.Add(new ValidationError(field, ValidationError.Required, $"{field} is required."));
        }
        return text;
    }

    /// <summary>A whole number of minutes that must be given, within <see cref="MinMinutes"/>-<see cref="MaxMinutes"/>.</summary>
    internal static int? Minutes(int? value, string field, List<Error> errors)
    {
        if (value is null)
        {
            errors.Add(new ValidationError(field, ValidationError.Required, $"{field} is required."));
            return null;
        }
        if (value is < MinMinutes or > MaxMinutes)
        {
            errors.Add(new ValidationError(field, ValidationError.OutOfRange, $"{field} must be {MinMinutes}-{MaxMinutes} minutes."));
        }
        return value;
    }

    /// <summary>The instant something took place: now when not given; an error when after now.</summary>
    internal static DateTime When(DateTimeOffset? value, DateTimeOffset now, string field, List<Error> errors)
    {
        var at = value ?? now;
        if (at > now)
        {
            errors.Add(new ValidationError(field, TcmErrorCodes.InFuture, $"{field} is after now."));
        }
        return at.UtcDateTime;
    }
}
