namespace MndCare.Domain.Consultations.Files;

/// <summary>The exact, case-sensitive wire names of <see cref="MedicalFileCategory"/> in the API.</summary>
public static class MedicalFileCategories
{
    /// <summary>The wire name of a category ("emgNerveConduction").</summary>
    /// <param name="category">The category.</param>
    public static string WireName(this MedicalFileCategory category) => category switch
    {
        MedicalFileCategory.EmgNerveConduction => "emgNerveConduction",
        MedicalFileCategory.Mri => "mri",
        MedicalFileCategory.Laboratory => "laboratory",
        MedicalFileCategory.GeneticTest => "geneticTest",
        MedicalFileCategory.DischargeLetter => "dischargeLetter",
        MedicalFileCategory.Other => "other",
    };

    /// <summary>Parses a wire name; false unless it is exactly one of the names.</summary>
    /// <param name="wireName">The wire name.</param>
    /// <param name="category">The category, when the name is known.</param>
    public static bool TryParse(string? wireName, out MedicalFileCategory category)
    {
        var parsed = Patients.WireNames.Parse<MedicalFileCategory>(wireName);
        category = parsed ?? default;
        return parsed is not null;
    }
}
