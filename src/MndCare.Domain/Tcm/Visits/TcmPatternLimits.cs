using MndCare.Domain.Results;

namespace MndCare.Domain.Tcm.Visits;

/// <summary>The checks on a pattern a clinic adds to its list: both names, each at most <see cref="MaxNameLength"/> characters.</summary>
/// <remarks>docs/tcm/visits-and-sessions.md, "Patterns". A clinic pattern carries no TM1 code (ADR 0031).</remarks>
public static class TcmPatternLimits
{
    /// <summary>The longest pattern name accepted (a design limit; real names are under 20 characters).</summary>
    public const int MaxNameLength = 100;

    /// <summary>A clinic pattern with its code, or every name that breaks a rule.</summary>
    /// <param name="id">The new record id; the code is "clinic." + this id.</param>
    /// <param name="chineseName">The Chinese name as typed.</param>
    /// <param name="englishName">The English name as typed.</param>
    public static Result<TcmPattern> ClinicPattern(Guid id, string? chineseName, string? englishName)
    {
        var errors = new List<Error>();
        var chinese = Name(chineseName, "chineseName", errors);
        var english = Name(englishName, "englishName", errors);
        return errors.Count > 0
            ? Result<TcmPattern>.Failure(errors)
            : new TcmPattern(TcmPatternCatalogue.ClinicCodePrefix + id.ToString("N"), chinese!, english!, null, "clinic");
    }

    private static string? Name(string? value, string field, List<Error> errors)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            errors.Add(new ValidationError(field, ValidationError.Required, $"{field} is required."));
            return null;
        }
        if (trimmed.Length > MaxNameLength)
        {
            errors.Add(new ValidationError(field, ValidationError.OutOfRange, $"{field} is longer than {MaxNameLength} characters."));
            return null;
        }
        return trimmed;
    }
}
