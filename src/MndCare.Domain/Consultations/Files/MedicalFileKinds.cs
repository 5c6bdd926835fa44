namespace MndCare.Domain.Consultations.Files;

/// <summary>The wire name, server-side media type and file extension of each <see cref="MedicalFileKind"/>.</summary>
/// <remarks>Downloads use these, never the type or name the client declared (security test plan UP-03).</remarks>
public static class MedicalFileKinds
{
    /// <summary>The media type to serve the file with.</summary>
    /// <param name="kind">The detected kind.</param>
    public static string MimeType(this MedicalFileKind kind) => kind switch
    {
        MedicalFileKind.Pdf => "application/pdf",
        MedicalFileKind.Jpeg => "image/jpeg",
        MedicalFileKind.Png => "image/png",
        MedicalFileKind.Dicom => "application/dicom",
    };

    /// <summary>The kind's name as the API and the database spell it ("pdf", "jpeg", "png", "dicom").</summary>
    /// <param name="kind">The detected kind.</param>
    public static string WireName(this MedicalFileKind kind) => kind switch
    {
        MedicalFileKind.Pdf => "pdf",
        MedicalFileKind.Jpeg => "jpeg",
        MedicalFileKind.Png => "png",
        MedicalFileKind.Dicom => "dicom",
    };

    /// <summary>Whether a browser may show the kind in place (it was checked at upload); DICOM is only downloaded.</summary>
    /// <param name="kind">The kind.</param>
    public static bool IsViewableInBrowser(this MedicalFileKind kind) => kind is MedicalFileKind.Pdf or MedicalFileKind.Jpeg or MedicalFileKind.Png;

    /// <summary>The canonical file extension, lower case with its leading dot (".pdf").</summary>
    /// <param name="kind">The detected kind.</param>
    public static string Extension(this MedicalFileKind kind) => kind switch
    {
        MedicalFileKind.Pdf => ".pdf",
        MedicalFileKind.Jpeg => ".jpg",
        MedicalFileKind.Png => ".png",
        MedicalFileKind.Dicom => ".dcm",
    };
}
