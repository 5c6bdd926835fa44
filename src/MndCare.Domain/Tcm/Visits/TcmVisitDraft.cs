namespace MndCare.Domain.Tcm.Visits;

/// <summary>A TCM visit as entered: pattern codes, tongue, pulse, notes and when it took place.</summary>
/// <param name="PatternCodes">One or more pattern codes (shipped or the clinic's own).</param>
/// <param name="Tongue">The tongue (舌象), free text.</param>
/// <param name="Pulse">The pulse (脉象), free text.</param>
/// <param name="Notes">Free-text notes.</param>
/// <param name="VisitedAt">When the visit took place (ISO 8601 with an offset); now when not given.</param>
public sealed record TcmVisitDraft(IReadOnlyList<string>? PatternCodes, string? Tongue, string? Pulse, string? Notes, DateTimeOffset? VisitedAt);

/// <summary>A TCM session as entered; which fields apply depends on the modality.</summary>
/// <param name="Modality">"acupuncture", "moxibustion" or "tuina".</param>
/// <param name="PerformedAt">When it took place (ISO 8601 with an offset); now when not given.</param>
/// <param name="CourseSessionId">The planned course session (TCM slot) it fills, if any.</param>
/// <param name="Points">Acupuncture: the points and their sides.</param>
/// <param name="Technique">Acupuncture: "manual" or "electro".</param>
/// <param name="FrequencyHz">Electro-acupuncture: the frequency in Hz.</param>
/// <param name="RetentionMinutes">Acupuncture: needle retention in minutes.</param>
/// <param name="Region">Moxibustion and tuina: the body region.</param>
/// <param name="Method">Moxibustion and tuina: the method, in the practitioner's words.</param>
/// <param name="DurationMinutes">Moxibustion and tuina: the duration in minutes.</param>
/// <param name="Notes">Free-text notes.</param>
public sealed record TcmSessionDraft(string? Modality, DateTimeOffset? PerformedAt, Guid? CourseSessionId, IReadOnlyList<NeedledPointDraft>? Points,
    string? Technique, decimal? FrequencyHz, int? RetentionMinutes, string? Region, string? Method, int? DurationMinutes, string? Notes);

/// <summary>A point as entered.</summary>
/// <param name="Code">The point code ("ST36", "st 36"), or its whole pinyin or Chinese name when only one point has it ("zusanli", "足三里").</param>
/// <param name="Side">"left", "right", "bilateral" or "midline".</param>
public sealed record NeedledPointDraft(string? Code, string? Side);
