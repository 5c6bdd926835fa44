using MndCare.Domain.Results;

namespace MndCare.Domain.Tcm.Visits;

/// <summary>A TCM visit: the patterns differentiated (one or more), tongue, pulse and notes. Kept apart from the biomedical diagnosis.</summary>
/// <remarks>docs/tcm/visits-and-sessions.md; ../shared/reference/therapy-safety-tcm.md D2 "Design note" (several patterns per visit, changes
/// over time, separate from G12.21 / 8B60.x). A visit is a record of what was found then; a later visit records the change.</remarks>
public sealed class TcmVisit
{
    private List<string> _patternCodes = [];

    private TcmVisit()
    {
    }

    /// <summary>The record id (UUIDv7).</summary>
    public Guid Id { get; private set; }

    /// <summary>The clinic.</summary>
    public Guid ClinicId { get; private set; }

    /// <summary>The patient.</summary>
    public Guid PatientId { get; private set; }

    /// <summary>When the visit took place (UTC).</summary>
    public DateTime VisitedAtUtc { get; private set; }

    /// <summary>The pattern codes, in the order chosen (the first is the main pattern).</summary>
    public IReadOnlyList<string> PatternCodes => _patternCodes;

    /// <summary>The tongue (舌象).</summary>
    public string? Tongue { get; private set; }

    /// <summary>The pulse (脉象).</summary>
    public string? Pulse { get; private set; }

    /// <summary>Free-text notes.</summary>
    public string? Notes { get; private set; }

    /// <summary>The practitioner who recorded it.</summary>
    public Guid RecordedByUserId { get; private set; }

    /// <summary>When it was recorded (UTC).</summary>
    public DateTime RecordedAtUtc { get; private set; }

    /// <summary>A visit, or every field that breaks a rule: one to <see cref="TcmLimits.MaxPatternsPerVisit"/> known patterns, each once;
    /// texts within their limits; not in the future.</summary>
    /// <param name="id">The new record id.</param>
    /// <param name="clinicId">The clinic.</param>
    /// <param name="patientId">The patient.</param>
    /// <param name="draft">The visit as entered.</param>
    /// <param name="knownPatternCodes">The shipped codes and the clinic's own.</param>
    /// <param name="byUserId">The practitioner.</param>
    /// <param name="now">The current instant.</param>
    public static Result<TcmVisit> Record(Guid id, Guid clinicId, Guid patientId, TcmVisitDraft draft, IReadOnlySet<string> knownPatternCodes,
        Guid byUserId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(knownPatternCodes);
        var errors = new List<Error>();
        var codes = (draft.PatternCodes ?? []).Select(c => c?.Trim() ?? string.Empty).Where(c => c.Length > 0).ToList();
        if (codes.Count == 0)
        {
            errors.Add(new ValidationError("patternCodes", ValidationError.Required, "Choose at least one pattern."));
        }
        else if (codes.Count > TcmLimits.MaxPatternsPerVisit)
        {
            errors.Add(new ValidationError("patternCodes", ValidationError.OutOfRange, $"A visit has at most {TcmLimits.MaxPatternsPerVisit} patterns."));
        }
        errors.AddRange(codes.Where(c => !knownPatternCodes.Contains(c)).Distinct()
            .Select(c => new ValidationError("patternCodes", TcmErrorCodes.UnknownPattern, $"No pattern has the code {c}.")));
        errors.AddRange(codes.GroupBy(c => c).Where(g => g.Count() > 1)
            .Select(g => new ValidationError("patternCodes", TcmErrorCodes.DuplicatePattern, $"The pattern {g.Key} is chosen twice.")));
        var tongue = TcmLimits.OptionalText(draft.Tongue, TcmLimits.MaxFindingLength, "tongue", errors);
        var pulse = TcmLimits.OptionalText(draft.Pulse, TcmLimits.MaxFindingLength, "pulse", errors);
        var notes = TcmLimits.OptionalText(draft.Notes, TcmLimits.MaxNotesLength, "notes", errors);
        var at = TcmLimits.When(draft.VisitedAt, now, "visitedAt", errors);
        if (errors.Count > 0)
        {
            return Result<TcmVisit>.Failure(errors);
        }
        return new TcmVisit
        {
            Id = id,
            ClinicId = clinicId,
            PatientId = patientId,
            VisitedAtUtc = at,
            _patternCodes = codes,
            Tongue = tongue,
            Pulse = pulse,
            Notes = notes,
            RecordedByUserId = byUserId,
            RecordedAtUtc = now.UtcDateTime,
        };
    }
}
