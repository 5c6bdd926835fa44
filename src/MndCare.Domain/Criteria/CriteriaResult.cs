using MndCare.Domain.Results;

namespace MndCare.Domain.Criteria;

/// <summary>The answer of a diagnostic classifier: a category, the reasons for it, and errors for missing inputs.</summary>
/// <typeparam name="T">The category enum of the classifier.</typeparam>
/// <remarks>Decision 14 of clinical-instruments.md: an error names each missing input; reasons are short English
/// sentences for the assessment screen.</remarks>
public sealed record CriteriaResult<T> where T : struct, Enum
{
    /// <summary>A result from its parts.</summary>
    /// <param name="category">The category.</param>
    /// <param name="reasons">Short sentences that say why, naming the regions.</param>
    /// <param name="errors">Errors naming missing inputs; empty when none is missing.</param>
    public CriteriaResult(T category, IReadOnlyList<string> reasons, IReadOnlyList<Error> errors)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        ArgumentNullException.ThrowIfNull(errors);
        Category = category;
        Reasons = reasons;
        Errors = errors;
    }

    /// <summary>The category.</summary>
    public T Category { get; }

    /// <summary>Short English sentences that say why, naming the regions.</summary>
    public IReadOnlyList<string> Reasons { get; }

    /// <summary>Errors naming a missing input; empty unless one is missing.</summary>
    public IReadOnlyList<Error> Errors { get; }

    /// <inheritdoc />
    public bool Equals(CriteriaResult<T>? other) => other is not null
        && EqualityComparer<T>.Default.Equals(Category, other.Category)
        && Reasons.SequenceEqual(other.Reasons, StringComparer.Ordinal)
        && Errors.SequenceEqual(other.Errors);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Category, Reasons.Count, Errors.Count);
}
