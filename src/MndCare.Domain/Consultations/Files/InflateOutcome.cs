namespace MndCare.Domain.Consultations.Files;

/// <summary>How a bounded decompression ended.</summary>
internal enum InflateOutcome
{
    /// <summary>The data decompressed (possibly truncated, as readers accept) within the budget.</summary>
    Complete,

    /// <summary>The data is not a valid zlib stream.</summary>
    Corrupt,

    /// <summary>The output would exceed the remaining budget: a decompression bomb, refused before it finished.</summary>
    OverBudget,
}
