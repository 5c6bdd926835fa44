using MndCare.Domain.Explanations;

namespace MndCare.Domain.Assessments;

/// <summary>MiToS stage with the domains that were lost.</summary>
/// <param name="Stage">0-4 domains lost; 5 = death.</param>
/// <param name="Reasons">Which items made which domain lost, as reason codes with the item scores.</param>
public sealed record MitosStageResult(int Stage, IReadOnlyList<ClinicalReason> Reasons);
