using MndCare.Domain.Results;

namespace MndCare.Domain.FollowUp;

/// <summary>The dates of a patient's registry entry that follow-up dates are checked against, and today in the clinic's zone.</summary>
/// <param name="BirthDate">Date of birth.</param>
/// <param name="OnsetDate">Date of the first symptom, or null.</param>
/// <param name="DiagnosisDate">Date of diagnosis, or null.</param>
/// <param name="DeathDate">Date of death, or null while alive or unknown.</param>
/// <param name="Today">Today in the clinic's time zone.</param>
public sealed record PatientDates(DateOnly BirthDate, DateOnly? OnsetDate, DateOnly? DiagnosisDate, DateOnly? DeathDate, DateOnly Today)
{
    /// <summary>The errors of <paramref name="date"/> on <paramref name="field"/>: after today, before birth, or (unless it is the death
    /// itself) after the recorded death.</summary>
    /// <param name="field">The input's API name.</param>
    /// <param name="date">The date given.</param>
    /// <param name="isDeath">Whether the date is the death's.</param>
    public IReadOnlyList<ValidationError> Check(string field, DateOnly date, bool isDeath)
    {
        var errors = new List<ValidationError>();
        if (date > Today)
        {
            errors.Add(new(field, FollowUpErrorCodes.InFuture, $"{field} is after today."));
        }
        if (date < BirthDate)
        {
            errors.Add(new(field, FollowUpErrorCodes.BeforeBirth, $"{field} is before the patient's birth."));
        }
        if (isDeath && ((OnsetDate is { } onset && date < onset) || (DiagnosisDate is { } diagnosis && date < diagnosis)))
        {
            errors.Add(new(field, FollowUpErrorCodes.DeathBeforeOnset, "The death is dated before the onset or the diagnosis."));
        }
        if (!isDeath && DeathDate is { } death && date > death)
        {
            errors.Add(new(field, FollowUpErrorCodes.AfterDeath, $"{field} is after the patient's recorded death."));
        }
        return errors;
    }
}
