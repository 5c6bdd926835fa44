using MndCare.Domain.Results;

namespace MndCare.Domain.Infusions;

/// <summary>A clinic's infusion settings: dose range, how recent the weight must be, monitoring and normal vital-sign ranges.</summary>
/// <remarks>Defaults and their sources: docs/therapy/infusion.md.</remarks>
public sealed record InfusionPolicy
{
    /// <summary>Default age limit of the weight a dose uses: 7 days (issue 8; a design default, not a published limit).</summary>
    public static readonly TimeSpan DefaultWeightMaxAge = TimeSpan.FromDays(7);

    /// <summary>The longest weight age limit a clinic may set: 90 days.</summary>
    public static readonly TimeSpan LongestWeightMaxAge = TimeSpan.FromDays(90);

    private InfusionPolicy(DoseRange doseRange, TimeSpan weightMaxAge, MonitoringPolicy monitoring, VitalSignRanges vitalSignRanges)
    {
        DoseRange = doseRange;
        WeightMaxAge = weightMaxAge;
        Monitoring = monitoring;
        VitalSignRanges = vitalSignRanges;
    }

    /// <summary>The product defaults.</summary>
    public static InfusionPolicy Default { get; } =
        new(DoseRange.Default, DefaultWeightMaxAge, MonitoringPolicy.Default, VitalSignRanges.Default);

    /// <summary>The accepted cell dose per kilogram.</summary>
    public DoseRange DoseRange { get; }

    /// <summary>How old the recorded weight may be at the order time.</summary>
    public TimeSpan WeightMaxAge { get; }

    /// <summary>When vital signs are due.</summary>
    public MonitoringPolicy Monitoring { get; }

    /// <summary>The normal ranges out-of-range vital signs are flagged against.</summary>
    public VitalSignRanges VitalSignRanges { get; }

    /// <summary>A clinic's settings; the weight limit must be from one hour to 90 days (error <c>outOfRange</c> on <c>weightMaxAgeDays</c>).</summary>
    /// <param name="doseRange">The dose range.</param>
    /// <param name="weightMaxAge">How old the weight may be.</param>
    /// <param name="monitoring">The monitoring schedule settings.</param>
    /// <param name="vitalSignRanges">The normal vital-sign ranges.</param>
    public static Result<InfusionPolicy> Create(DoseRange doseRange, TimeSpan weightMaxAge, MonitoringPolicy monitoring, VitalSignRanges vitalSignRanges)
    {
        ArgumentNullException.ThrowIfNull(doseRange);
        ArgumentNullException.ThrowIfNull(monitoring);
        ArgumentNullException.ThrowIfNull(vitalSignRanges);
        if (weightMaxAge < TimeSpan.FromHours(1) || weightMaxAge > LongestWeightMaxAge)
        {
            return new ValidationError("weightMaxAgeDays", ValidationError.OutOfRange, "The weight age limit must be from one hour to 90 days.");
        }
        return new InfusionPolicy(doseRange, weightMaxAge, monitoring, vitalSignRanges);
    }
}
