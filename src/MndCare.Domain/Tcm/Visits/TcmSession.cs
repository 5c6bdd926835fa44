using MndCare.Domain.Courses;
using MndCare.Domain.Results;
using MndCare.Domain.Tcm.Acupoints;

namespace MndCare.Domain.Tcm.Visits;

/// <summary>An acupuncture, moxibustion or tuina session given to a patient, optionally filling a planned TCM slot of their course.</summary>
/// <remarks>docs/tcm/visits-and-sessions.md, "Sessions"; ADR 0031 (a session fills at most one slot of its own modality; a slot is done
/// when a session fills it). Acupuncture: points from the shipped catalogue with a side, technique (electro with its frequency) and
/// retention. Moxibustion and tuina: region, method and duration.</remarks>
public sealed class TcmSession
{
    private readonly List<NeedledPoint> _points = [];

    private TcmSession()
    {
    }

    /// <summary>The record id (UUIDv7).</summary>
    public Guid Id { get; private set; }

    /// <summary>The clinic.</summary>
    public Guid ClinicId { get; private set; }

    /// <summary>The patient.</summary>
    public Guid PatientId { get; private set; }

    /// <summary>Acupuncture, moxibustion or tuina.</summary>
    public TcmModality Modality { get; private set; }

    /// <summary>When it took place (UTC).</summary>
    public DateTime PerformedAtUtc { get; private set; }

    /// <summary>The course whose slot it fills, if any.</summary>
    public Guid? CourseId { get; private set; }

    /// <summary>The planned course session (slot) it fills, if any.</summary>
    public Guid? CourseSessionId { get; private set; }

    /// <summary>Acupuncture: the points and sides; empty for the other modalities.</summary>
    public IReadOnlyList<NeedledPoint> Points => _points;

    /// <summary>Acupuncture: the technique.</summary>
    public NeedlingTechnique? Technique { get; private set; }

    /// <summary>Electro-acupuncture: the frequency in Hz.</summary>
    public decimal? FrequencyHz { get; private set; }

    /// <summary>Acupuncture: needle retention in minutes.</summary>
    public int? RetentionMinutes { get; private set; }

    /// <summary>Moxibustion and tuina: the body region.</summary>
    public string? Region { get; private set; }

    /// <summary>Moxibustion and tuina: the method.</summary>
    public string? Method { get; private set; }

    /// <summary>Moxibustion and tuina: the duration in minutes.</summary>
    public int? DurationMinutes { get; private set; }

    /// <summary>Free-text notes.</summary>
    public string? Notes { get; private set; }

    /// <summary>The practitioner who recorded it.</summary>
    public Guid RecordedByUserId { get; private set; }

    /// <summary>When it was recorded (UTC).</summary>
    public DateTime RecordedAtUtc { get; private set; }

    /// <summary>A session, or every field that breaks a rule (see the remarks of the type).</summary>
    /// <param name="id">The new record id.</param>
    /// <param name="clinicId">The clinic.</param>
    /// <param name="patientId">The patient.</param>
    /// <param name="draft">The session as entered.</param>
    /// <param name="slot">The course slot it fills, already found for this patient; null for a session without a course.</param>
    /// <param name="catalogue">The acupoint catalogue.</param>
    /// <param name="byUserId">The practitioner.</param>
    /// <param name="now">The current instant.</param>
    public static Result<TcmSession> Record(Guid id, Guid clinicId, Guid patientId, TcmSessionDraft draft, CourseSlot? slot, AcupointCatalogue catalogue,
        Guid byUserId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(catalogue);
        var errors = new List<Error>();
        var modality = TcmWireNames.ParseModality(draft.Modality);
        if (modality is null)
        {
            errors.Add(new ValidationError("modality", draft.Modality is null ? ValidationError.Required : TcmErrorCodes.UnknownValue,
                "modality must be acupuncture, moxibustion or tuina."));
            return Result<TcmSession>.Failure(errors);
        }
        if (slot is not null && slot.Kind != CourseWireNames.SessionKindOf(modality.Value))
        {
            return new ConflictError(TcmErrorCodes.SlotModalityMismatch, "The course slot is planned for another modality.");
        }
        var session = new TcmSession
        {
            Id = id,
            ClinicId = clinicId,
            PatientId = patientId,
            Modality = modality.Value,
            PerformedAtUtc = TcmLimits.When(draft.PerformedAt, now, "performedAt", errors),
            CourseId = slot?.CourseId,
            CourseSessionId = slot?.SessionId,
            Notes = TcmLimits.OptionalText(draft.Notes, TcmLimits.MaxNotesLength, "notes", errors),
            RecordedByUserId = byUserId,
            RecordedAtUtc = now.UtcDateTime,
        };
        switch (modality.Value)
        {
            case TcmModality.Acupuncture:
                session.Needling(draft, catalogue, errors);
                break;
            case TcmModality.Moxibustion or TcmModality.Tuina:
                session.Bodywork(draft, errors);
                break;
            case TcmModality.HerbalMedicine:
                throw new InvalidOperationException("ParseModality never returns herbal medicine.");
        }
        return errors.Count > 0 ? Result<TcmSession>.Failure(errors) : session;
    }

    private void Needling(TcmSessionDraft draft, AcupointCatalogue catalogue, List<Error> errors)
    {
        NotForModality(draft.Region, "region", errors);
        NotForModality(draft.Method, "method", errors);
        NotForModality(draft.DurationMinutes, "durationMinutes", errors);
        var points = draft.Points ?? [];
        if (points.Count == 0)
        {
            errors.Add(new ValidationError("points", ValidationError.Required, "Choose at least one point."));
        }
        else if (points.Count > TcmLimits.MaxPointsPerSession)
        {
            errors.Add(new ValidationError("points", ValidationError.OutOfRange, $"A session has at most {TcmLimits.MaxPointsPerSession} points."));
        }
        foreach (var point in points)
        {
            if (Point(point, catalogue, errors) is { } needled)
            {
                if (_points.Contains(needled))
                {
                    errors.Add(new ValidationError("points", TcmErrorCodes.DuplicateAcupoint, $"{needled.Code} is listed twice on the same side."));
                }
                else
                {
                    _points.Add(needled);
                }
            }
        }
        Technique = TcmWireNames.ParseTechnique(draft.Technique);
        if (Technique is null)
        {
            errors.Add(new ValidationError("technique", draft.Technique is null ? ValidationError.Required : TcmErrorCodes.UnknownValue,
                "technique must be manual or electro."));
        }
        else if ((Technique == NeedlingTechnique.Electro) != draft.FrequencyHz.HasValue)
        {
            errors.Add(new ValidationError("frequencyHz", TcmErrorCodes.FrequencyDoesNotFitTechnique,
                "Electro-acupuncture needs its frequency; manual needling has none."));
        }
        else if (draft.FrequencyHz is { } hz && (hz < TcmLimits.MinFrequencyHz || hz > TcmLimits.MaxFrequencyHz))
        {
            errors.Add(new ValidationError("frequencyHz", ValidationError.OutOfRange,
                $"The frequency must be {TcmLimits.MinFrequencyHz}-{TcmLimits.MaxFrequencyHz} Hz."));
        }
        FrequencyHz = draft.FrequencyHz;
        RetentionMinutes = TcmLimits.Minutes(draft.RetentionMinutes, "retentionMinutes", errors);
    }

    private static NeedledPoint? Point(NeedledPointDraft point, AcupointCatalogue catalogue, List<Error> errors)
    {
        var found = Find(point.Code ?? string.Empty, catalogue);
        if (found.Count != 1)
        {
            errors.Add(found.Count == 0
                ? new ValidationError("points", TcmErrorCodes.UnknownAcupoint, $"No acupoint has the code or name {point.Code}.")
                : new ValidationError("points", TcmErrorCodes.AmbiguousAcupoint, $"Several acupoints are named {point.Code}; give the code."));
            return null;
        }
        return Sided(found[0], point.Side, errors);
    }

    // The point with this code, else every point whose whole pinyin or Chinese name is this text (two only when a name is shared).
    private static List<Acupoint> Find(string text, AcupointCatalogue catalogue)
    {
        var key = NameKey.Of(text);
        var byCode = catalogue.Points.Where(p => NameKey.Of(p.Code) == key).ToList();
        return byCode.Count > 0 ? byCode : [.. catalogue.Search(text).TakeWhile(p => IsWholeName(p, key))];
    }

    private static bool IsWholeName(Acupoint point, string key) =>
        new[] { point.Pinyin, point.ChineseTraditional, point.ChineseSimplified ?? string.Empty }.Any(name => NameKey.Of(name) == key);

    private static NeedledPoint? Sided(Acupoint found, string? sideText, List<Error> errors)
    {
        var side = TcmWireNames.ParseSide(sideText);
        if (side is null)
        {
            errors.Add(new ValidationError("points", sideText is null ? ValidationError.Required : TcmErrorCodes.UnknownValue,
                $"Choose the side for {found.Code}."));
            return null;
        }
        if (IsMidline(found) != (side == AcupointSide.Midline))
        {
            errors.Add(new ValidationError("points", TcmErrorCodes.SideDoesNotFitPoint,
                IsMidline(found) ? $"{found.Code} is a midline point." : $"{found.Code} is a paired point: left, right or bilateral."));
            return null;
        }
        return new NeedledPoint(found.Code, side.Value);
    }

    /// <summary>Whether a point lies on the midline: the Governor (GV) and Conception (CV) Vessel points (WHO 2008).</summary>
    /// <param name="point">A catalogue point.</param>
    public static bool IsMidline(Acupoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        return point.Code.StartsWith("GV", StringComparison.Ordinal) || point.Code.StartsWith("CV", StringComparison.Ordinal);
    }

    private void Bodywork(TcmSessionDraft draft, List<Error> errors)
    {
        NotForModality(draft.Points is { Count: > 0 } ? draft.Points : null, "points", errors);
        NotForModality(draft.Technique, "technique", errors);
        NotForModality(draft.FrequencyHz, "frequencyHz", errors);
        NotForModality(draft.RetentionMinutes, "retentionMinutes", errors);
        Region = TcmLimits.RequiredText(draft.Region, TcmLimits.MaxRegionOrMethodLength, "region", errors);
        Method = TcmLimits.RequiredText(draft.Method, TcmLimits.MaxRegionOrMethodLength, "method", errors);
        DurationMinutes = TcmLimits.Minutes(draft.DurationMinutes, "durationMinutes", errors);
    }

    private static void NotForModality(object? value, string field, List<Error> errors)
    {
        if (value is not null && value is not string { Length: 0 })
        {
            errors.Add(new ValidationError(field, TcmErrorCodes.NotForModality, $"{field} does not belong to this modality."));
        }
    }
}
