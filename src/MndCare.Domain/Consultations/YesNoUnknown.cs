namespace MndCare.Domain.Consultations;

/// <summary>An answer where "I don't know" is a real answer, not a missing one.</summary>
public enum YesNoUnknown
{
    /// <summary>Yes.</summary>
    Yes,

    /// <summary>No.</summary>
    No,

    /// <summary>The person does not know.</summary>
    Unknown,
}
