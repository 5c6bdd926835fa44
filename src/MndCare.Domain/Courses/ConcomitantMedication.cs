using MndCare.Domain.Results;
using MndCare.Domain.Text;

namespace MndCare.Domain.Courses;

/// <summary>A medication the patient takes alongside the course: which, the dose as written, and from when to when.</summary>
/// <remarks>docs/therapy/courses.md, "Concomitant medications": riluzole, edaravone and tofersen are known by name
/// (../shared/reference/therapy-safety-tcm.md section E); riluzole status is a stratifier in every ALS trial (section E,
/// design note), so a free-text name that is exactly one of them is recorded as that medication. Dates are inclusive.</remarks>
public sealed class ConcomitantMedication
{
    /// <summary>Longest medication name, in text elements.</summary>
    public const int MaxNameLength = 200;

    /// <summary>Longest dose text, in text elements.</summary>
    public const int MaxDoseLength = 200;

    private ConcomitantMedication()
    {
        DoseText = string.Empty;
    }

    /// <summary>The record id (UUIDv7).</summary>
    public Guid Id { get; private set; }

    /// <summary>The medication, or <see cref="KnownMedication.Other"/> with <see cref="Name"/>.</summary>
    public KnownMedication Medication { get; private set; }

    /// <summary>The name of another medication as written; null for a known one (pages name it from its code).</summary>
    public string? Name { get; private set; }

    /// <summary>The dose as the clinician wrote it, e.g. "50 mg twice daily".</summary>
    public string DoseText { get; private set; }

    /// <summary>The first day taken.</summary>
    public DateOnly StartsOn { get; private set; }

    /// <summary>The last day taken; null while it continues.</summary>
    public DateOnly? StopsOn { get; private set; }

    /// <summary>Whether the patient takes it on <paramref name="date"/>: from the start to the stop date, both included.</summary>
    /// <param name="date">A calendar date.</param>
    public bool IsActiveOn(DateOnly date) => StartsOn <= date && (StopsOn is not { } stop || date <= stop);

    /// <summary>A checked medication entry, or every problem found.</summary>
    /// <param name="id">A new UUIDv7.</param>
    /// <param name="medication">A known medication, or Other.</param>
    /// <param name="name">Required for Other; ignored for a known medication.</param>
    /// <param name="doseText">The dose as written; required.</param>
    /// <param name="startsOn">The first day taken.</param>
    /// <param name="stopsOn">The last day taken, not before the start; null while it continues.</param>
    public static Result<ConcomitantMedication> Create(Guid id, KnownMedication medication, string? name, string? doseText,
        DateOnly startsOn, DateOnly? stopsOn)
    {
        if (!Enum.IsDefined(medication))
        {
            throw new ArgumentOutOfRangeException(nameof(medication));
        }
        var errors = new List<Error>();
        string? otherName = null;
        if (medication == KnownMedication.Other)
        {
            var validName = FreeText.Required(name, "name", MaxNameLength);
            errors.AddRange(validName.Errors);
            if (validName.IsSuccess)
            {
                var known = KnownByName(validName.Value);
                (medication, otherName) = known is { } k ? (k, null) : (medication, validName.Value);
            }
        }
        var dose = FreeText.Required(doseText, "doseText", MaxDoseLength);
        errors.AddRange(dose.Errors);
        if (StopError(startsOn, stopsOn) is { } stopError)
        {
            errors.Add(stopError);
        }
        return errors.Count > 0
            ? Result<ConcomitantMedication>.Failure(errors)
            : new ConcomitantMedication
            {
                Id = id,
                Medication = medication,
                Name = otherName,
                DoseText = dose.Value,
                StartsOn = startsOn,
                StopsOn = stopsOn,
            };
    }

    internal Result<ConcomitantMedication> Stop(DateOnly stopsOn)
    {
        if (StopError(StartsOn, stopsOn) is { } error)
        {
            return error;
        }
        StopsOn = stopsOn;
        return this;
    }

    private static KnownMedication? KnownByName(string name) =>
        Enum.GetValues<KnownMedication>()
            .Where(k => k != KnownMedication.Other && string.Equals(CourseWireNames.Of(k), name, StringComparison.OrdinalIgnoreCase))
            .Select(k => (KnownMedication?)k)
            .FirstOrDefault();

    private static ValidationError? StopError(DateOnly startsOn, DateOnly? stopsOn) =>
        stopsOn is { } stop && stop < startsOn
            ? new ValidationError("stopsOn", CourseErrorCodes.StopBeforeStart, "The stop date is before the start date.")
            : null;
}
