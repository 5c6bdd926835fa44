namespace MndCare.Domain.Prognosis;

/// <summary>Disease phase from the relative D50 (rD50 = disease duration / D50).</summary>
/// <remarks>Boundaries 0.25 and 0.5 are [R] in docs/instruments/d50.md: the most often quoted ones, not verified
/// against Steinbach et al. NeuroImage Clin 2020;25:102094 or Poesen et al. 2017; see <see cref="D50Fit.Phase"/>.</remarks>
public enum D50Phase
{
    /// <summary>Phase 0, early semi-stable: 0 ≤ rD50 &lt; 0.25 [R].</summary>
    Phase0,

    /// <summary>Phase I, early progressive: 0.25 ≤ rD50 &lt; 0.5 [R].</summary>
    PhaseI,

    /// <summary>Phase II, late progressive: rD50 ≥ 0.5 [R].</summary>
    PhaseII,
}
