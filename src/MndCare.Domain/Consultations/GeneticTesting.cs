namespace MndCare.Domain.Consultations;

/// <summary>What the patient knows about genetic testing for MND genes.</summary>
public enum GeneticTesting
{
    /// <summary>Never tested.</summary>
    NotTested,

    /// <summary>Tested; no disease-causing variant found.</summary>
    NoVariantFound,

    /// <summary>Tested; a variant was found (see the genes).</summary>
    VariantFound,

    /// <summary>The patient does not know whether or with what result.</summary>
    Unknown,
}
