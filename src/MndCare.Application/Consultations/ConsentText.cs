namespace MndCare.Application.Consultations;

/// <summary>The consent to the processing of health data that applicants accept; its text lives in the web resources.</summary>
/// <remarks>Change <see cref="CurrentVersion"/> whenever the text changes, so each record names the words agreed to.</remarks>
public static class ConsentText
{
    /// <summary>The version shown to applicants now.</summary>
    public const string CurrentVersion = "2026-11-26";
}
