using MndCare.Domain.Results;

namespace MndCare.Application.Assessments;

/// <summary>An input of the `mndcare assess` contract is absent, so the outputs that need it are null (Decision 14).</summary>
/// <param name="Field">The absent input (<see cref="CaseFields"/>).</param>
/// <param name="Outputs">The outputs that needed it (<see cref="CaseOutputs"/>), without the input itself.</param>
public sealed record MissingInputError(string Field, IReadOnlyList<string> Outputs) : Error(CaseErrors.MissingInput, EnglishMessage(Field, Outputs))
{
    // The batch output's message: the reference wording of the contract ("onsetDate is missing; needed for deltaFs, pls").
    private static string EnglishMessage(string field, IReadOnlyList<string> outputs) =>
        outputs.Count == 0 ? $"{field} is missing." : $"{field} is missing; needed for {string.Join(", ", outputs)}.";

    /// <inheritdoc />
    public bool Equals(MissingInputError? other) =>
        other is not null && base.Equals(other) && Field == other.Field && Outputs.SequenceEqual(other.Outputs, StringComparer.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Field, Outputs.Count);
}
