using MndCare.Domain.Results;

namespace MndCare.Domain.Safety.AdverseEvents;

/// <summary>One adverse event of a patient: what happened (CTCAE term and grade), when, how serious (ICH E2A), whether expected,
/// the suspects with their WHO-UMC causality, and where it came from.</summary>
/// <remarks>Draft (raised by a patient report, a fever or a lab value; suggested term, grade and onset) → recorded (term, grade and
/// onset complete) → assessed (a clinician gave every suspect a causality). docs/safety/adverse-events.md, ADR 0033.</remarks>
public sealed class AdverseEvent
{
    private readonly List<SeriousnessCriterion> _seriousness = [];
    private readonly List<Suspect> _suspects = [];

    private AdverseEvent()
    {
        Term = string.Empty;
        CtcaeVersion = CtcaeTerms.DefaultVersion;
    }

    /// <summary>The record id (UUIDv7).</summary>
    public Guid Id { get; private set; }

    /// <summary>The patient's clinic.</summary>
    public Guid ClinicId { get; private set; }

    /// <summary>The patient.</summary>
    public Guid PatientId { get; private set; }

    /// <summary>Where the event stands.</summary>
    public AdverseEventStatus Status { get; private set; }

    /// <summary>What raised it.</summary>
    public AdverseEventSource Source { get; private set; }

    /// <summary>The CTCAE term (or a free term); the suggested one in a draft, empty when none was suggested.</summary>
    public string Term { get; private set; }

    /// <summary>The shipped term's key; null for a free term.</summary>
    public string? TermKey { get; private set; }

    /// <summary>The MedDRA LLT code of a shipped term, where known.</summary>
    public string? MeddraCode { get; private set; }

    /// <summary>The CTCAE version the grade is in.</summary>
    public string CtcaeVersion { get; private set; }

    /// <summary>CTCAE grade 1–5 (severity); null in a draft without a suggestion.</summary>
    public int? Grade { get; private set; }

    /// <summary>The day it began; null in a draft without a suggestion.</summary>
    public DateOnly? OnsetOn { get; private set; }

    /// <summary>The day it resolved; null while ongoing.</summary>
    public DateOnly? ResolvedOn { get; private set; }

    /// <summary>The ICH E2A criteria met; empty when not serious.</summary>
    public IReadOnlyList<SeriousnessCriterion> Seriousness => _seriousness;

    /// <summary>Whether it is on the clinic's list of expected events; null when not judged (counts as unexpected for the clock).</summary>
    public bool? Expected { get; private set; }

    /// <summary>Action taken with the treatment.</summary>
    public ActionTaken ActionTaken { get; private set; }

    /// <summary>The outcome.</summary>
    public AdverseEventOutcome Outcome { get; private set; }

    /// <summary>What happened, in the recorder's words (or the patient's, for a patient report).</summary>
    public string? Description { get; private set; }

    /// <summary>The infusion whose fever raised it, or the infusion it followed.</summary>
    public Guid? InfusionId { get; private set; }

    /// <summary>The lab result that raised it.</summary>
    public Guid? LabResultId { get; private set; }

    /// <summary>The clinic's date of first knowledge: the reporting clock starts here (ICH E2A III.B).</summary>
    public DateOnly FirstKnownOn { get; private set; }

    /// <summary>Who opened it (a staff member or the patient's portal user).</summary>
    public Guid? OpenedByUserId { get; private set; }

    /// <summary>The staff member who completed it (draft → recorded).</summary>
    public Guid? RecordedByUserId { get; private set; }

    /// <summary>When it was opened (UTC).</summary>
    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>The day the safety officer reported it to the authority; the clock stops.</summary>
    public DateOnly? ReportedOn { get; private set; }

    /// <summary>The suspects from the patient's record.</summary>
    public IReadOnlyList<Suspect> Suspects => _suspects;

    /// <summary>When anything last changed (UTC).</summary>
    public DateTime UpdatedAtUtc { get; private set; }

    /// <summary>Optimistic-concurrency token, new on every change.</summary>
    public Guid Version { get; private set; }

    /// <summary>Whether any ICH E2A criterion is met.</summary>
    public bool IsSerious => _seriousness.Count > 0;

    /// <summary>Related when some suspect is possible or stronger; unrelated when every suspect is assessed and none is; else pending.</summary>
    public Relatedness Relatedness => _suspects.Any(s => s.IsRelated) ? Relatedness.Related
        : _suspects.Count > 0 && _suspects.All(s => s.Causality is not null) ? Relatedness.Unrelated
        : Relatedness.Pending;

    /// <summary>The reporting clock, or null when none runs (not serious, expected, unrelated, still a draft, or reported).</summary>
    /// <param name="timelines">The jurisdiction's deadlines.</param>
    public ReportingClock? Clock(ReportingTimelines timelines) => Status == AdverseEventStatus.Draft || ReportedOn is not null ? null
        : ReportingClock.For(_seriousness, Expected, Relatedness, FirstKnownOn, timelines);

    /// <summary>Opens a draft from a source with what it suggests; the clinic completes it.</summary>
    /// <param name="id">A new UUIDv7.</param>
    /// <param name="clinicId">The patient's clinic.</param>
    /// <param name="patientId">The patient.</param>
    /// <param name="source">What raised it.</param>
    /// <param name="suggestedTerm">A term key or name; null for none.</param>
    /// <param name="suggestedGrade">A grade 1–5; null for none.</param>
    /// <param name="suggestedOnset">The onset; null for none.</param>
    /// <param name="description">What was reported.</param>
    /// <param name="infusionId">The infusion that raised it.</param>
    /// <param name="labResultId">The lab result that raised it.</param>
    /// <param name="openedBy">Who opened it; null for the system.</param>
    /// <param name="today">The clinic's date now (first knowledge).</param>
    /// <param name="now">The injected clock's time.</param>
    /// <param name="version">A new concurrency token.</param>
    public static Result<AdverseEvent> OpenDraft(Guid id, Guid clinicId, Guid patientId, AdverseEventSource source, string? suggestedTerm,
        int? suggestedGrade, DateOnly? suggestedOnset, string? description, Guid? infusionId, Guid? labResultId, Guid? openedBy, DateOnly today,
        DateTimeOffset now, Guid version)
    {
        var errors = new List<Error>();
        var term = CtcaeTerms.Find(suggestedTerm);
        var text = Text.FreeText.Optional(term?.Name ?? suggestedTerm, "term", AdverseEventDetails.MaxTermLength);
        errors.AddRange(text.Errors);
        if (suggestedGrade is not null && AdverseEventDetails.GradeError(suggestedGrade, term) is { } gradeError)
        {
            errors.Add(gradeError);
        }
        if (suggestedOnset > today)
        {
            errors.Add(new ValidationError("onsetOn", AdverseEventErrorCodes.InvalidDate, "The onset is in the future."));
        }
        var words = Text.FreeText.Optional(description, "description", AdverseEventDetails.MaxDescriptionLength, multiline: true);
        errors.AddRange(words.Errors);
        if (errors.Count > 0)
        {
            return Result<AdverseEvent>.Failure(errors);
        }
        return new AdverseEvent
        {
            Id = id,
            ClinicId = clinicId,
            PatientId = patientId,
            Status = AdverseEventStatus.Draft,
            Source = source,
            Term = text.Value ?? string.Empty,
            TermKey = term?.Key,
            MeddraCode = term?.MeddraCode,
            Grade = suggestedGrade,
            OnsetOn = suggestedOnset,
            Description = words.Value,
            InfusionId = infusionId,
            LabResultId = labResultId,
            FirstKnownOn = today,
            OpenedByUserId = openedBy,
            CreatedAtUtc = now.UtcDateTime,
            UpdatedAtUtc = now.UtcDateTime,
            Version = version,
        };
    }

    /// <summary>Records the complete details (a draft becomes recorded; a recorded or assessed event is corrected).</summary>
    /// <param name="details">Checked details.</param>
    /// <param name="userId">The staff member.</param>
    /// <param name="now">The injected clock's time.</param>
    /// <param name="version">A new concurrency token.</param>
    public AdverseEvent Record(AdverseEventDetails details, Guid userId, DateTimeOffset now, Guid version)
    {
        ArgumentNullException.ThrowIfNull(details);
        Term = details.Term;
        TermKey = details.TermKey;
        MeddraCode = details.MeddraCode;
        CtcaeVersion = details.CtcaeVersion;
        Grade = details.Grade;
        OnsetOn = details.OnsetOn;
        ResolvedOn = details.ResolvedOn;
        _seriousness.Clear();
        _seriousness.AddRange(details.Seriousness);
        Expected = details.Expected;
        ActionTaken = details.ActionTaken;
        Outcome = details.Outcome;
        Description = details.Description ?? Description;
        if (Status == AdverseEventStatus.Draft)
        {
            Status = AdverseEventStatus.Recorded;
            RecordedByUserId = userId;
        }
        Touch(now, version);
        return this;
    }

    /// <summary>Adds suspects from the patient's record that the event does not list yet (same kind and reference).</summary>
    /// <param name="candidates">Kind, reference id and label of each candidate.</param>
    /// <param name="newId">Makes a suspect id.</param>
    public void AddSuspects(IEnumerable<(SuspectKind Kind, Guid ReferenceId, string Label)> candidates, Func<Guid> newId)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(newId);
        foreach (var (kind, reference, label) in candidates)
        {
            if (!_suspects.Any(s => s.Kind == kind && s.ReferenceId == reference))
            {
                _suspects.Add(new Suspect(newId(), kind, reference, label));
            }
        }
    }

    /// <summary>A clinician's WHO-UMC causality for some suspects; the event is assessed once every suspect has one.</summary>
    /// <param name="assessments">Suspect id and category.</param>
    /// <param name="clinicianUserId">The clinician.</param>
    /// <param name="now">The injected clock's time.</param>
    /// <param name="version">A new concurrency token.</param>
    public Result<AdverseEvent> AssessCausality(IReadOnlyList<(Guid SuspectId, CausalityCategory Category)> assessments, Guid clinicianUserId,
        DateTimeOffset now, Guid version)
    {
        ArgumentNullException.ThrowIfNull(assessments);
        if (Status == AdverseEventStatus.Draft)
        {
            return new ConflictError(AdverseEventErrorCodes.InvalidTransition, "Complete the draft (term, grade, onset) before assessing causality.");
        }
        if (assessments.Count == 0)
        {
            return new ValidationError("assessments", ValidationError.Required, "Assess at least one suspect.");
        }
        if (assessments.Any(a => _suspects.All(s => s.Id != a.SuspectId)))
        {
            return new ValidationError("suspectId", AdverseEventErrorCodes.UnknownValue, "No such suspect on this event.");
        }
        foreach (var (suspectId, category) in assessments)
        {
            _suspects.Single(s => s.Id == suspectId).Assess(category, clinicianUserId, now);
        }
        if (_suspects.All(s => s.Causality is not null))
        {
            Status = AdverseEventStatus.Assessed;
        }
        Touch(now, version);
        return this;
    }

    /// <summary>The safety officer records the day the case was reported to the authority; the clock stops.</summary>
    /// <param name="reportedOn">The day; not in the future nor before first knowledge.</param>
    /// <param name="today">The clinic's date now.</param>
    /// <param name="now">The injected clock's time.</param>
    /// <param name="version">A new concurrency token.</param>
    public Result<AdverseEvent> MarkReported(DateOnly reportedOn, DateOnly today, DateTimeOffset now, Guid version)
    {
        if (Status == AdverseEventStatus.Draft || !IsSerious)
        {
            return new ConflictError(AdverseEventErrorCodes.InvalidTransition, "Only a recorded serious event is reported to the authority.");
        }
        if (reportedOn > today || reportedOn < FirstKnownOn)
        {
            return new ValidationError("reportedOn", AdverseEventErrorCodes.InvalidDate, "The report date is before first knowledge or in the future.");
        }
        ReportedOn = reportedOn;
        Touch(now, version);
        return this;
    }

    private void Touch(DateTimeOffset now, Guid version)
    {
        UpdatedAtUtc = now.UtcDateTime;
        Version = version;
    }
}
