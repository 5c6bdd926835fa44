using MndCare.Domain.Results;

namespace MndCare.Domain.Assessments;

/// <summary>The ΔFS cut-offs that split slow, intermediate and fast progression; configurable.</summary>
/// <remarks>Defaults from Labra J et al. JNNP 2016;87:628-632 (164 patients analysed): slow &lt; 0.47,
/// intermediate 0.47..1.11 inclusive, fast &gt; 1.11 points/month (Decision 3, docs/instruments/decided-readings.md).</remarks>
public sealed record ProgressionThresholds
{
    /// <summary>Labra 2016: below this ΔFS progression is slow (points/month).</summary>
    public const double LabraSlowBelow = 0.47;

    /// <summary>Labra 2016: above this ΔFS progression is fast (points/month).</summary>
    public const double LabraFastAbove = 1.11;

    private ProgressionThresholds(double slowBelow, double fastAbove)
    {
        SlowBelow = slowBelow;
        FastAbove = fastAbove;
    }

    /// <summary>Labra 2016's thresholds, the product default.</summary>
    public static ProgressionThresholds Labra2016 { get; } = new(LabraSlowBelow, LabraFastAbove);

    /// <summary>ΔFS below this is slow (points/month).</summary>
    public double SlowBelow { get; }

    /// <summary>ΔFS above this is fast (points/month).</summary>
    public double FastAbove { get; }

    /// <summary>Custom thresholds; both positive and finite, slow not above fast.</summary>
    /// <param name="slowBelow">ΔFS below this is slow.</param>
    /// <param name="fastAbove">ΔFS above this is fast.</param>
    public static Result<ProgressionThresholds> Create(double slowBelow, double fastAbove)
    {
        if (!double.IsFinite(slowBelow) || !double.IsFinite(fastAbove) || slowBelow <= 0 || fastAbove < slowBelow)
        {
            return new ValidationError("thresholds", "invalidThresholds", "Thresholds must be positive with slow not above fast.");
        }
        return new ProgressionThresholds(slowBelow, fastAbove);
    }

    /// <summary>The group of a ΔFS; the thresholds themselves are intermediate.</summary>
    /// <param name="deltaFs">ΔFS in points per month.</param>
    public ProgressionGroup Classify(double deltaFs) =>
        deltaFs < SlowBelow ? ProgressionGroup.Slow : deltaFs > FastAbove ? ProgressionGroup.Fast : ProgressionGroup.Intermediate;
}
