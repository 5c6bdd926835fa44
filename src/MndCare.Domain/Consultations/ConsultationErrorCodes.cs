namespace MndCare.Domain.Consultations;

/// <summary>The stable error codes of consultations, as the API returns them and the pages translate them.</summary>
public static class ConsultationErrorCodes
{
    /// <summary>The consultation's status does not allow the action.</summary>
    public const string InvalidTransition = "invalidTransition";

    /// <summary>The patient already has a consultation that is not closed.</summary>
    public const string AlreadyOpen = "consultationAlreadyOpen";

    /// <summary>Nobody has consented to the processing of the patient's health data yet.</summary>
    public const string ConsentRequired = "consentRequired";

    /// <summary>The consultation holds as many files, or bytes, as allowed.</summary>
    public const string QuotaExceeded = "consultationQuotaExceeded";

    /// <summary>The signer's password was wrong; nothing was signed.</summary>
    public const string SignatureFailed = "signatureFailed";

    /// <summary>The signer's account is locked after too many wrong passwords; nothing was signed.</summary>
    public const string SignerLockedOut = "signerLockedOut";
}
