using MndCare.Domain.Results;

namespace MndCare.Statistics.Mixed;

/// <summary>Fits score ~ months [+ post_months] + (months | patient) by REML, at the optimum lme4's <c>lmer</c> reaches with tight tolerances.</summary>
/// <remarks>Bates D, Mächler M, Bolker B, Walker S. Fitting linear mixed-effects models using lme4. J Stat Softw 2015;67(1).
/// docs/statistics/lmm.md.</remarks>
public static class LinearMixedModel
{
    /// <summary>Fits the model to <paramref name="data"/>.</summary>
    /// <param name="data">The observations.</param>
    /// <returns>The fit, or validation errors when the data cannot identify the model.</returns>
    public static Result<LmmFit> Fit(TrajectoryData data) => throw new NotImplementedException("issue 10: the mixed-model engine");
}
