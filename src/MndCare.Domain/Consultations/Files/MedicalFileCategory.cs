namespace MndCare.Domain.Consultations.Files;

/// <summary>What an uploaded file is about, as chosen by the person who uploads it.</summary>
public enum MedicalFileCategory
{
    /// <summary>An EMG or nerve conduction study report.</summary>
    EmgNerveConduction,

    /// <summary>An MRI report or images.</summary>
    Mri,

    /// <summary>Laboratory results.</summary>
    Laboratory,

    /// <summary>A genetic test report.</summary>
    GeneticTest,

    /// <summary>A hospital discharge letter.</summary>
    DischargeLetter,

    /// <summary>Anything else.</summary>
    Other,
}
