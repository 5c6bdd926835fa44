using MndCare.Domain.Consultations;
using MndCare.Domain.Results;

namespace MndCare.Application.Consultations;

/// <summary>The consent to the processing of health data that applicants accept; its text lives in the web resources.</summary>
/// <remarks>Change <see cref="CurrentVersion"/> whenever the text changes, so each record names the words agreed to.</remarks>
public static class ConsentText
{
    /// <summary>The version shown to applicants now.</summary>
    public const string CurrentVersion = "2026-11-26";

    /// <summary>The refusal when the consent was not accepted, or another version of the text was.</summary>
    public static ValidationError NotAccepted() =>
        new("consent", ConsultationErrorCodes.ConsentRequired, "Please read and accept the consent to the processing of health data.");
}
