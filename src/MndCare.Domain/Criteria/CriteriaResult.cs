using MndCare.Domain.Explanations;
using MndCare.Domain.Results;

namespace MndCare.Domain.Criteria;

/// <summary>The answer of a diagnostic classifier: a category, the reasons for it, and errors for missing inputs.</summary>
/// <typeparam name="T">The category enum of the classifier.</typeparam>
/// <remarks>Decision 14 (docs/instruments/assess-contract.md): an error names each missing input. Reasons are codes with
/// their values; the clinical text catalogue renders them in the reader's language.</remarks>
public sealed record CriteriaResult<T> where T : struct, Enum
{
    /// <summary>A result from its parts.</summary>
    /// <param name="category">The category.</param>
    /// <param name="reasons">Why, as codes naming the regions.</param>
    /// <param name="errors">Errors naming missing inputs; empty when none is missing.</param>
    public CriteriaResult(T category, IReadOnlyList<ClinicalReason> reasons, IReadOnlyList<Error> errors)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        ArgumentNullException.ThrowIfNull(errors);
        Category = category;
        Reasons = reasons;
        Errors = errors;
    }

    /// <summary>The category.</summary>
    public T Category { get; }

    /// <summary>Why, as codes naming the regions (see <see cref="ReasonCodes"/>).</summary>
    public IReadOnlyList<ClinicalReason> Reasons { get; }

    /// <summary>Errors naming a missing input; empty unless one is missing.</summary>
    public IReadOnlyList<Error> Errors { get; }

    /// <inheritdoc />
    public bool Equals(CriteriaResult<T>? other) => other is not null
        && EqualityComparer<T>.Default.Equals(Category, other.Category)
        && Reasons.SequenceEqual(other.Reasons)
        && Errors.SequenceEqual(other.Errors);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Category, Reasons.Count, Errors.Count);
}
