namespace MndCare.Domain.Consultations.Files;

/// <summary>The server-side media type and file extension of each <see cref="MedicalFileKind"/>.</summary>
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
