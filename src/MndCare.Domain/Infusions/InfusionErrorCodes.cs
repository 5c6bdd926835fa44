namespace MndCare.Domain.Infusions;

/// <summary>The stable error codes of infusion ordering and monitoring, as the API returns them and the pages translate them.</summary>
/// <remarks>Rules and defaults: docs/therapy/infusion.md.</remarks>
public static class InfusionErrorCodes
{
    /// <summary>A vital sign no living patient on the ward can have (a typing or unit slip).</summary>
    public const string Implausible = "implausible";

    /// <summary>The systolic pressure is below the diastolic.</summary>
    public const string SystolicBelowDiastolic = "systolicBelowDiastolic";

    /// <summary>A time lies after the moment it is recorded.</summary>
    public const string InFuture = "inFuture";

    /// <summary>A time is out of order with the infusion's other times (an end before its start, a thaw after the start).</summary>
    public const string OutOfOrder = "outOfOrder";

    /// <summary>The ordered dose, or the dose the whole units deliver, is outside the clinic's range (API 422).</summary>
    public const string DoseOutOfRange = "doseOutOfRange";

    /// <summary>A configured dose range is so wide that a 10× slip could pass it.</summary>
    public const string DoseRangeTooWide = "doseRangeTooWide";

    /// <summary>The most recent recorded weight is older than the clinic's limit at the order time (API 422).</summary>
    public const string WeightTooOld = "weightTooOld";

    /// <summary>No weight is recorded for the patient.</summary>
    public const string WeightNotRecorded = "weightNotRecorded";

    /// <summary>The weight on the order differs from the recorded measurement it must come from.</summary>
    public const string WeightDoesNotMatchRecord = "weightDoesNotMatchRecord";

    /// <summary>The lot is not released (quarantined, failed, expired or recalled) and cannot be ordered (API 409).</summary>
    public const string LotNotReleased = "lotNotReleased";

    /// <summary>The bedside identity check found mismatches; the infusion did not start (API 409).</summary>
    public const string IdentityCheckFailed = "identityCheckFailed";

    /// <summary>The infusion's state does not allow the action (API 409).</summary>
    public const string InvalidTransition = "invalidTransition";

    /// <summary>A monitoring setting breaks its rule (interval not positive, tolerance too wide).</summary>
    public const string InvalidMonitoringSetting = "invalidMonitoringSetting";
}
