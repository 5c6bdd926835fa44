namespace MndCare.Application.Safety.Labs;

/// <summary>A lab result as entered: the fields of `mndcare grade` (docs/instruments/grade-contract.md) and when the sample was taken.</summary>
public sealed record LabResultInput(string? Test, decimal? Value, string? Unit, decimal? UpperLimitOfNormal, decimal? LowerLimitOfNormal,
    decimal? Baseline, decimal? DurationHours, DateTimeOffset? CollectedAt);

/// <summary>A saved lab result with its CTCAE grade (version stored), × ULN, alerts, whether grade 3+ calls for an adverse-event draft,
/// the checks it satisfied, and the adverse-event draft it opened (staff only; null for the patient's portal and below grade 3).</summary>
public sealed record LabResultView(Guid Id, Guid PatientId, string Test, decimal Value, string Unit, decimal? UpperLimitOfNormal,
    decimal? LowerLimitOfNormal, decimal? Baseline, decimal? DurationHours, DateTimeOffset CollectedAt, string Term, int Grade, string CtcaeVersion,
    decimal? TimesUpperLimit, IReadOnlyList<string> Alerts, bool NeedsAdverseEventDraft, Guid RecordedByUserId, DateTimeOffset RecordedAt,
    IReadOnlyList<Guid> SatisfiedCheckIds, IReadOnlyList<LabCheckView> ScheduledChecks, Guid? AdverseEventId);

/// <summary>Lab checks to schedule: the tests (wire names), the due date (clinic's zone) and the reason code.</summary>
public sealed record LabCheckRequest(IReadOnlyList<string>? Tests, DateOnly? DueOn, string? Reason);

/// <summary>A scheduled lab check and where it stands today.</summary>
public sealed record LabCheckView(Guid Id, Guid PatientId, string Test, DateOnly DueOn, string Reason, string Status, DateTimeOffset ScheduledAt,
    Guid? SatisfiedByResultId);

/// <summary>A patient's lab page: results (newest first), checks (open first by due date), whether they take riluzole today, and the
/// fever prompt (an open neutrophil count after fever on riluzole).</summary>
public sealed record PatientLabsView(Guid PatientId, string TimeZoneId, bool OnRiluzole, IReadOnlyList<LabResultView> Results,
    IReadOnlyList<LabCheckView> Checks, bool NeutrophilCountPrompted);

/// <summary>A row of the clinic's lab work list: an open ALT alert (on the patient's latest ALT) or a due or overdue check.</summary>
public sealed record ClinicLabRow(Guid PatientId, string PatientName, string Mrn, LabResultView? Alert, LabCheckView? Check);

/// <summary>The clinic's lab work list.</summary>
public sealed record ClinicLabsView(Guid ClinicId, string TimeZoneId, IReadOnlyList<ClinicLabRow> Alerts, IReadOnlyList<ClinicLabRow> Checks);
