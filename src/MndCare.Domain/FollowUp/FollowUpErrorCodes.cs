namespace MndCare.Domain.FollowUp;

/// <summary>The stable codes of follow-up errors, as the API returns them and the pages translate them.</summary>
/// <remarks>docs/outcomes/follow-up.md states the rule behind each. Field errors also use the shared <c>required</c> and
/// <c>outOfRange</c>.</remarks>
public static class FollowUpErrorCodes
{
    /// <summary>A date lies after today in the clinic's time zone.</summary>
    public const string InFuture = "inFuture";

    /// <summary>A date lies before the patient's birth.</summary>
    public const string BeforeBirth = "beforeBirth";

    /// <summary>A death dated before the recorded onset or diagnosis.</summary>
    public const string DeathBeforeOnset = "deathBeforeOnset";

    /// <summary>An event or a "known alive" date after the recorded death.</summary>
    public const string AfterDeath = "afterDeath";

    /// <summary>A death dated before a date the patient was known alive (a "known alive" check, an event or an ALSFRS-R rating).</summary>
    public const string KnownAliveLater = "knownAliveLater";

    /// <summary>The patient already has an event of this kind (each is a first occurrence).</summary>
    public const string EventAlreadyRecorded = "eventAlreadyRecorded";

    /// <summary>The patient is recorded as deceased.</summary>
    public const string PatientDeceased = "patientDeceased";

    /// <summary>A self-report was already entered today for this patient.</summary>
    public const string AlreadyReportedToday = "alreadyReportedToday";

    /// <summary>A caregiver's entry needs the caregiver's relationship to the patient, and the patient's own entry has none.</summary>
    public const string RelationshipMismatch = "relationshipMismatch";

    /// <summary>The months after the end of a course are not strictly increasing.</summary>
    public const string MonthsNotIncreasing = "monthsNotIncreasing";
}
