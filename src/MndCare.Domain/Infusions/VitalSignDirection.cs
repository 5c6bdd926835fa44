namespace MndCare.Domain.Infusions;

/// <summary>Which side of its normal range a vital sign lies on.</summary>
public enum VitalSignDirection
{
    /// <summary>Below the normal range (wire name <c>low</c>).</summary>
    Low,

    /// <summary>Above the normal range (wire name <c>high</c>).</summary>
    High,
}
