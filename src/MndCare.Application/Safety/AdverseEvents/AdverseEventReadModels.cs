namespace MndCare.Application.Safety.AdverseEvents;

/// <summary>An adverse event as the API and pages show it. For the cell lab <see cref="PatientId"/> and the names are null and
/// <see cref="RecipientCode"/> stands for the patient; <see cref="ReportDueOn"/> is set where a reporting clock runs.</summary>
public sealed record AdverseEventView(Guid Id, Guid? PatientId, string? PatientName, string RecipientCode, string Status, string Source, string Term,
    string? TermKey, string? MeddraCode, string CtcaeVersion, int? Grade, DateOnly? OnsetOn, DateOnly? ResolvedOn, IReadOnlyList<string> Seriousness,
    bool Serious, bool? Expected, string ActionTaken, string Outcome, string? Description, Guid? InfusionId, Guid? LabResultId, DateOnly FirstKnownOn,
    string Relatedness, DateOnly? ReportDueOn, int? ReportDays, bool Overdue, DateOnly? ReportedOn, IReadOnlyList<SuspectView> Suspects,
    string TimeZoneId, string Version);

/// <summary>One suspect with its WHO-UMC causality (null until assessed), who assessed it and when.</summary>
public sealed record SuspectView(Guid Id, string Kind, Guid ReferenceId, string Label, string? Causality, Guid? AssessedByUserId,
    string? AssessedByName, DateTimeOffset? AssessedAt);

/// <summary>An event to record or complete: <c>term</c> (a shipped key or name, or a free term), <c>grade</c> 1–5, <c>onsetOn</c>,
/// <c>seriousness</c> (ICH E2A criteria), <c>expected</c> (null: from the clinic's list) and the optional rest.</summary>
public sealed record AdverseEventInput(string? Term, DateOnly? OnsetOn, int? Grade, IReadOnlyList<string>? Seriousness, bool? Expected,
    string? CtcaeVersion = null, DateOnly? ResolvedOn = null, string? ActionTaken = null, string? Outcome = null, string? Description = null,
    Guid? InfusionId = null);

/// <summary>A clinician's causality for some suspects.</summary>
public sealed record CausalityInput(IReadOnlyList<CausalityItem>? Assessments);

/// <summary>One suspect's WHO-UMC category (wire name).</summary>
public sealed record CausalityItem(Guid SuspectId, string? Causality);

/// <summary>A draft to open: the patient, the source (<c>staff</c>, <c>patientReport</c>, <c>infusionFever</c>, <c>labResult</c>), a
/// suggested term, grade and onset, what was reported, and the infusion or lab result that raised it.</summary>
public sealed record DraftRequest(Guid PatientId, string Source, string? SuggestedTerm = null, int? SuggestedGrade = null,
    DateOnly? SuggestedOnset = null, string? Description = null, Guid? InfusionId = null, Guid? LabResultId = null);

/// <summary>Filters of the clinic list.</summary>
public sealed record AdverseEventFilter(bool? Serious = null, Guid? PatientId = null, bool DueOnly = false, bool OverdueOnly = false);

/// <summary>A serious event to tell a safety officer about, by e-mail in their language.</summary>
public sealed record SeriousEventNotice(string Email, string DisplayName, string ClinicName, Guid AdverseEventId, string Term, int? Grade,
    IReadOnlyList<string> Seriousness, DateOnly? ReportDueOn);

/// <summary>Sends the e-mail of a serious event to a safety officer (the web host mails; other hosts send nothing).</summary>
public interface ISeriousEventMail
{
    /// <summary>Sends one notice; a failure is logged by the sender, never thrown.</summary>
    Task SendAsync(SeriousEventNotice notice, CancellationToken cancellationToken);
}

/// <summary>Reporting deadlines per jurisdiction (configuration section <c>AdverseEvents:Reporting</c>); ICH E2A by default.</summary>
public sealed class ReportingOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "AdverseEvents:Reporting";

    /// <summary>The jurisdiction's name.</summary>
    public string Jurisdiction { get; set; } = Domain.Safety.AdverseEvents.ReportingTimelines.IchE2A.Jurisdiction;

    /// <summary>Days for fatal or life-threatening unexpected related events (ICH E2A III.B.1: 7).</summary>
    public int FatalOrLifeThreateningDays { get; set; } = Domain.Safety.AdverseEvents.ReportingTimelines.IchE2AFatalOrLifeThreateningDays;

    /// <summary>Days for other serious unexpected related events (ICH E2A III.B.2: 15).</summary>
    public int OtherSeriousDays { get; set; } = Domain.Safety.AdverseEvents.ReportingTimelines.IchE2AOtherSeriousDays;
}

/// <summary>The sender of hosts without mail (the command line): the in-application notice is all there is.</summary>
internal sealed class NoSeriousEventMail : ISeriousEventMail
{
    public Task SendAsync(SeriousEventNotice notice, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>What the record form needs: the patient, the clinic's zone and date, the clinic's expected terms, and (from a fever
/// reading) the suggested term, grade and onset.</summary>
public sealed record RecordFormView(Guid PatientId, string PatientName, string Mrn, string TimeZoneId, DateOnly Today, IReadOnlyList<string> ExpectedTerms,
    Guid? InfusionId, decimal? FeverCelsius, int? SuggestedGrade, DateOnly? SuggestedOnset);
