using MndCare.Domain.Explanations;

namespace MndCare.Domain.Assessments;

/// <summary>King's stage with the reasons that set it.</summary>
/// <param name="Stage">The stage.</param>
/// <param name="Reasons">Which items set it, as reason codes with the item scores.</param>
/// <param name="Note">The "no mapped region involved" note, or null.</param>
public sealed record KingsStageResult(KingsStage Stage, IReadOnlyList<ClinicalReason> Reasons, ClinicalReason? Note);
