namespace MndCare.Domain.Tcm.Visits;

/// <summary>The stable error codes of TCM visits and sessions, as the API returns them and the pages translate them.</summary>
/// <remarks>docs/tcm/visits-and-sessions.md, "Rules".</remarks>
public static class TcmErrorCodes
{
    /// <summary>A pattern code that is neither shipped nor on the clinic's list.</summary>
    public const string UnknownPattern = "unknownPattern";

    /// <summary>The same pattern twice on one visit.</summary>
    public const string DuplicatePattern = "duplicatePattern";

    /// <summary>A point code not in the shipped acupoint catalogue.</summary>
    public const string UnknownAcupoint = "unknownAcupoint";

    /// <summary>A pinyin or Chinese name several points share: the code is needed.</summary>
    public const string AmbiguousAcupoint = "ambiguousAcupoint";

    /// <summary>The same point and side twice in one session.</summary>
    public const string DuplicateAcupoint = "duplicateAcupoint";

    /// <summary>A side that does not fit the point: midline points (GV, CV) are midline; paired points are left, right or bilateral.</summary>
    public const string SideDoesNotFitPoint = "sideDoesNotFitPoint";

    /// <summary>An electro-acupuncture session without its frequency, or a manual one with a frequency.</summary>
    public const string FrequencyDoesNotFitTechnique = "frequencyDoesNotFitTechnique";

    /// <summary>A field that belongs to another modality (points on a tuina session, a region on acupuncture).</summary>
    public const string NotForModality = "notForModality";

    /// <summary>A wire name that is not one of the allowed values.</summary>
    public const string UnknownValue = "unknownValue";

    /// <summary>A time after the moment it is recorded.</summary>
    public const string InFuture = "inFuture";

    /// <summary>The course slot is of another modality, or not a TCM slot (API 409).</summary>
    public const string SlotModalityMismatch = "slotModalityMismatch";

    /// <summary>The course slot already has a session recorded against it (API 409).</summary>
    public const string SlotAlreadyDone = "slotAlreadyDone";

    /// <summary>The course of the slot is completed or stopped (API 409).</summary>
    public const string CourseClosed = "courseClosed";
}
