namespace MndCare.Domain.Assessments;

/// <summary>MiToS stage with the domains that were lost.</summary>
/// <param name="Stage">0-4 domains lost; 5 = death.</param>
/// <param name="Reasons">Which items made which domain lost, in plain words.</param>
public sealed record MitosStageResult(int Stage, IReadOnlyList<string> Reasons);
