namespace MndCare.Application.FollowUp;

/// <summary>A follow-up timepoint of a course as the API and pages show it (docs/outcomes/follow-up.md, "API").</summary>
/// <param name="Timepoint">"baseline", "endOfCourse" or "month" and the months after the end ("month3").</param>
/// <param name="MonthsAfterEnd">For the months after the end, the months; otherwise null.</param>
/// <param name="DueOn">The due date, in the clinic's zone.</param>
/// <param name="WindowStart">The first date a rating counts.</param>
/// <param name="WindowEnd">The last date a rating counts.</param>
/// <param name="Status">upcoming, due, overdue, missed, done or closed.</param>
/// <param name="AssessmentId">The ALSFRS-R that counts for it, or null.</param>
/// <param name="RatedOn">That rating's date, or null.</param>
/// <param name="SelfAdministered">Whether that rating was self-administered, or null.</param>
public sealed record FollowUpTimepointView(string Timepoint, int? MonthsAfterEnd, DateOnly DueOn, DateOnly WindowStart, DateOnly WindowEnd,
    string Status, Guid? AssessmentId, DateOnly? RatedOn, bool? SelfAdministered);

/// <summary>One course's follow-up.</summary>
/// <param name="CourseId">The course.</param>
/// <param name="CourseStatus">The course's status (wire name).</param>
/// <param name="StartsOn">The course's first day.</param>
/// <param name="EndedOn">The day follow-up counts from (the planned last day, or the day a course stopped early was stopped).</param>
/// <param name="Timepoints">The timepoints in date order.</param>
public sealed record CourseFollowUpView(Guid CourseId, string CourseStatus, DateOnly StartsOn, DateOnly EndedOn, IReadOnlyList<FollowUpTimepointView> Timepoints);

/// <summary>A recorded clinical event.</summary>
/// <param name="Id">The record id.</param>
/// <param name="Kind">gastrostomy, nonInvasiveVentilation, permanentVentilation, tracheostomy or death.</param>
/// <param name="OccurredOn">When it happened.</param>
/// <param name="Note">The note, or null.</param>
/// <param name="Source">clinic or portal.</param>
/// <param name="RecordedAtUtc">When it was recorded.</param>
public sealed record ClinicalEventView(Guid Id, string Kind, DateOnly OccurredOn, string? Note, string Source, DateTime RecordedAtUtc);

/// <summary>A date the patient was known to be alive.</summary>
/// <param name="Id">The record id.</param>
/// <param name="KnownAliveOn">The date.</param>
/// <param name="Source">clinic or portal.</param>
/// <param name="RecordedAtUtc">When it was recorded.</param>
public sealed record VitalStatusView(Guid Id, DateOnly KnownAliveOn, string Source, DateTime RecordedAtUtc);

/// <summary>A home self-report of the ALSFRS-R.</summary>
/// <param name="Id">The self-report's id.</param>
/// <param name="AssessmentId">The assessment holding the scores.</param>
/// <param name="RatedOn">The date it was filled in, in the clinic's zone.</param>
/// <param name="Total">The ALSFRS-R total, 0-48.</param>
/// <param name="EnteredBy">patient or caregiver.</param>
/// <param name="Relationship">The caregiver's relationship (spouse, parent, child, sibling, otherRelative, carer), or null.</param>
/// <param name="Setting">home.</param>
/// <param name="Mode">selfAdministered.</param>
/// <param name="RecordedAtUtc">When it was sent.</param>
public sealed record SelfReportView(Guid Id, Guid AssessmentId, DateOnly RatedOn, int Total, string EnteredBy, string? Relationship, string Setting,
    string Mode, DateTime RecordedAtUtc);

/// <summary>A patient's follow-up: each course's schedule, clinical events, "known alive" dates and home self-reports.</summary>
/// <param name="PatientId">The patient.</param>
/// <param name="NativeName">The patient's name.</param>
/// <param name="Mrn">The medical record number.</param>
/// <param name="TimeZoneId">The clinic's zone; every date is in it.</param>
/// <param name="Today">Today in that zone.</param>
/// <param name="DeathDate">The recorded death, or null.</param>
/// <param name="LastKnownAliveOn">The latest date the patient was known alive (a "known alive" check or an ALSFRS-R rating); null when
/// deceased or unknown.</param>
/// <param name="Courses">The courses with follow-up, newest first.</param>
/// <param name="Events">Clinical events by date.</param>
/// <param name="VitalStatus">"Known alive" dates, newest first.</param>
/// <param name="SelfReports">Home self-reports, newest first.</param>
public sealed record PatientFollowUpView(Guid PatientId, string NativeName, string Mrn, string TimeZoneId, DateOnly Today, DateOnly? DeathDate,
    DateOnly? LastKnownAliveOn, IReadOnlyList<CourseFollowUpView> Courses, IReadOnlyList<ClinicalEventView> Events,
    IReadOnlyList<VitalStatusView> VitalStatus, IReadOnlyList<SelfReportView> SelfReports);

/// <summary>One open (or missed) timepoint in the clinic's list.</summary>
/// <param name="PatientId">The patient.</param>
/// <param name="Mrn">The medical record number.</param>
/// <param name="NativeName">The patient's name.</param>
/// <param name="Phone">The patient's phone, for the call, or null.</param>
/// <param name="CourseId">The course.</param>
/// <param name="Timepoint">The timepoint.</param>
public sealed record FollowUpListItem(Guid PatientId, string Mrn, string NativeName, string? Phone, Guid CourseId, FollowUpTimepointView Timepoint);

/// <summary>The clinic's follow-up list.</summary>
/// <param name="ClinicId">The clinic.</param>
/// <param name="TimeZoneId">The clinic's zone.</param>
/// <param name="Today">Today in that zone.</param>
/// <param name="Statuses">The statuses listed.</param>
/// <param name="Items">The timepoints, by due date.</param>
public sealed record FollowUpListView(Guid ClinicId, string TimeZoneId, DateOnly Today, IReadOnlyList<string> Statuses, IReadOnlyList<FollowUpListItem> Items);

/// <summary>A portal reminder: a timepoint after the end of a course whose window is open and that has no rating yet.</summary>
/// <param name="PatientId">The patient.</param>
/// <param name="CourseId">The course.</param>
/// <param name="Timepoint">The timepoint.</param>
public sealed record FollowUpReminder(Guid PatientId, Guid CourseId, FollowUpTimepointView Timepoint);

/// <summary>A clinical event as entered: kind (wire name), date, an optional note.</summary>
/// <param name="Kind">gastrostomy, nonInvasiveVentilation, permanentVentilation, tracheostomy or death.</param>
/// <param name="OccurredOn">When it happened.</param>
/// <param name="Note">An optional note.</param>
public sealed record ClinicalEventInput(string? Kind, DateOnly? OccurredOn, string? Note);

/// <summary>A "known alive" date as entered.</summary>
/// <param name="KnownAliveOn">The date.</param>
public sealed record VitalStatusInput(DateOnly? KnownAliveOn);

/// <summary>A home self-report as entered: who entered it and the twelve ALSFRS-R items (item 5 as 5a or 5b).</summary>
/// <param name="EnteredBy">patient or caregiver.</param>
/// <param name="Relationship">For a caregiver: spouse, parent, child, sibling, otherRelative or carer.</param>
/// <param name="AlsfrsrWording">The id of the wording the form showed.</param>
/// <param name="Items">Scores by item name (docs/instruments/alsfrs-r.md), 0-4.</param>
public sealed record SelfReportInput(string? EnteredBy, string? Relationship, string? AlsfrsrWording, IReadOnlyDictionary<string, int?>? Items);

/// <summary>The clinic's follow-up schedule as entered.</summary>
/// <param name="MonthsAfterEnd">Months after the end of a course.</param>
/// <param name="WindowDays">The window, days.</param>
public sealed record FollowUpSettingsInput(IReadOnlyList<int>? MonthsAfterEnd, int? WindowDays);

/// <summary>The clinic's follow-up schedule and its version (the ETag; 32 zeros while the product default applies).</summary>
/// <param name="MonthsAfterEnd">Months after the end of a course.</param>
/// <param name="WindowDays">The window, days.</param>
/// <param name="Version">The version.</param>
public sealed record FollowUpSettingsView(IReadOnlyList<int> MonthsAfterEnd, int WindowDays, string Version);
