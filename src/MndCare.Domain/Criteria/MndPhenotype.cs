namespace MndCare.Domain.Criteria;

/// <summary>The motor neuron disease phenotype by diseased part (upper and lower motor neurons, regions).</summary>
/// <remarks>Decision 10 (docs/instruments/decided-readings.md); flail arm and flail leg after Wijesekera LC et al. Neurology
/// 2009;72:1087-1094 and Hu MT et al. JNNP 1998.</remarks>
public enum MndPhenotype
{
    /// <summary>No region is involved.</summary>
    Undetermined,

    /// <summary>Amyotrophic lateral sclerosis: UMN and LMN signs.</summary>
    Als,

    /// <summary>Progressive muscular atrophy: LMN signs only (the seed's "PSMA").</summary>
    Pma,

    /// <summary>Primary lateral sclerosis phenotype: UMN signs only.</summary>
    Pls,

    /// <summary>Progressive bulbar palsy: involvement confined to the bulbar region.</summary>
    Pbp,

    /// <summary>Flail arm: LMN signs confined to the cervical region for at least 12 months.</summary>
    FlailArm,

    /// <summary>Flail leg: LMN signs confined to the lumbosacral region for at least 12 months.</summary>
    FlailLeg,
}
