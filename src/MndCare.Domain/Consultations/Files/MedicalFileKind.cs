namespace MndCare.Domain.Consultations.Files;

/// <summary>The kinds of medical file a patient or clinician may upload, as decided from the content alone.</summary>
/// <remarks>Security test plan UP-01: an allowlist of four types; everything else is refused.</remarks>
public enum MedicalFileKind
{
    /// <summary>A PDF document (reports, letters, laboratory results).</summary>
    Pdf,

    /// <summary>A JPEG image (photos and scans).</summary>
    Jpeg,

    /// <summary>A PNG image (screenshots and scans).</summary>
    Png,

    /// <summary>A DICOM Part 10 file (MRI and other imaging).</summary>
    Dicom,
}
