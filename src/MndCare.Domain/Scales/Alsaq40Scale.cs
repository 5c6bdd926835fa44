namespace MndCare.Domain.Scales;

/// <summary>The five ALSAQ-40 scales.</summary>
public enum Alsaq40Scale
{
    /// <summary>Items 1-10.</summary>
    PhysicalMobility,

    /// <summary>Items 11-20.</summary>
    DailyLiving,

    /// <summary>Items 21-23.</summary>
    EatingAndDrinking,

    /// <summary>Items 24-30.</summary>
    Communication,

    /// <summary>Items 31-40.</summary>
    EmotionalReactions,
}
