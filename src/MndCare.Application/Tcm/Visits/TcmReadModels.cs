namespace MndCare.Application.Tcm.Visits;

/// <summary>A TCM pattern as the API and pages show it: code, both names, the TM1 code where verified (never invented) and its source.</summary>
public sealed record TcmPatternView(string Code, string ChineseName, string EnglishName, string? Tm1Code, string Source);

/// <summary>A pattern a clinic adds: its Chinese and English names.</summary>
public sealed record ClinicPatternInput(string? ChineseName, string? EnglishName);

/// <summary>A TCM visit with its patterns resolved to both names.</summary>
public sealed record TcmVisitView(Guid Id, Guid PatientId, DateTimeOffset VisitedAt, IReadOnlyList<TcmPatternView> Patterns, string? Tongue, string? Pulse,
    string? Notes, Guid RecordedByUserId, DateTimeOffset RecordedAt);

/// <summary>An acupoint: code, pinyin, Chinese (simplified where reliable, else traditional), English name if any, meridian.</summary>
public sealed record AcupointView(string Code, string Pinyin, string ChineseName, string ChineseTraditional, string? EnglishName, string Meridian);

/// <summary>A needled point with its side (wire name) and its names.</summary>
public sealed record NeedledPointView(string Code, string Side, AcupointView Point);

/// <summary>An acupuncture, moxibustion or tuina session; the fields of the other modalities are null.</summary>
public sealed record TcmSessionView(Guid Id, Guid PatientId, string Modality, DateTimeOffset PerformedAt, Guid? CourseId, Guid? CourseSessionId,
    IReadOnlyList<NeedledPointView> Points, string? Technique, decimal? FrequencyHz, int? RetentionMinutes, string? Region, string? Method,
    int? DurationMinutes, string? Notes, Guid RecordedByUserId, DateTimeOffset RecordedAt);

/// <summary>A patient's TCM record: visits and sessions, newest first, in the clinic's zone, with the acupoint data's attribution.</summary>
public sealed record TcmRecordView(Guid PatientId, Guid ClinicId, string TimeZoneId, IReadOnlyList<TcmVisitView> Visits,
    IReadOnlyList<TcmSessionView> Sessions, string AcupointAttribution);

/// <summary>A planned TCM slot of a course, as the session form shows it.</summary>
public sealed record TcmSlotView(Guid CourseId, Guid SessionId, Guid PatientId, string Kind, DateTimeOffset StartsAt, Guid? FilledBySessionId);

/// <summary>The answer of an acupoint search, with the attribution the data's licences require.</summary>
public sealed record AcupointSearchView(string Query, IReadOnlyList<AcupointView> Points, string Attribution);
