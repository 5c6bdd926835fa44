namespace MndCare.Domain.Criteria;

/// <summary>The examination and EMG findings in one region.</summary>
/// <remarks>Decision 6 (docs/instruments/decided-readings.md). <see cref="LmnEmg"/> is active denervation (fibrillations or
/// positive sharp waves) with chronic neurogenic change; <see cref="FasciculationEmg"/> is fasciculation potentials
/// with chronic neurogenic change and no fibrillations, which counts for Awaji and Gold Coast only.</remarks>
/// <param name="Umn">Clinical upper motor neuron signs.</param>
/// <param name="LmnClinical">Clinical lower motor neuron signs (weakness, wasting).</param>
/// <param name="LmnEmg">EMG active denervation with chronic neurogenic change.</param>
/// <param name="FasciculationEmg">EMG fasciculation potentials with chronic neurogenic change, no fibrillations.</param>
public readonly record struct RegionFindings(bool Umn, bool LmnClinical, bool LmnEmg, bool FasciculationEmg)
{
    /// <summary>Any lower motor neuron evidence as Awaji and Gold Coast count it (clinical, denervation or fasciculation EMG).</summary>
    public bool AnyLmn => LmnClinical || LmnEmg || FasciculationEmg;
}
