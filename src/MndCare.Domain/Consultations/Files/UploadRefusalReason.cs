namespace MndCare.Domain.Consultations.Files;

/// <summary>Why an uploaded file was refused.</summary>
/// <remarks>Each reason has a stable code and a message for patients (<see cref="UploadRefusalReasons"/>).</remarks>
public enum UploadRefusalReason
{
    /// <summary>The file has no bytes.</summary>
    Empty,

    /// <summary>The file is larger than the limit.</summary>
    TooLarge,

    /// <summary>The content is none of the accepted kinds and no more specific reason applies.</summary>
    UnknownType,

    /// <summary>A program: ELF, PE (MZ), Mach-O or Java class file, or a script with a #! line.</summary>
    Executable,

    /// <summary>A server-side script page (PHP, ASP or JSP).</summary>
    Script,

    /// <summary>An HTML page.</summary>
    Html,

    /// <summary>An SVG drawing, which can carry scripts.</summary>
    Svg,

    /// <summary>A compressed archive (ZIP and its Office and Java relatives, gzip, 7z, RAR, bzip2, xz, zstd, tar, cab).</summary>
    Archive,

    /// <summary>A PDF with an encryption dictionary (password-protected), which cannot be inspected.</summary>
    PdfEncrypted,

    /// <summary>A PDF that is truncated, damaged, a decompression bomb, or built so it cannot be inspected.</summary>
    PdfMalformed,

    /// <summary>A PDF with scripts, automatic or launch actions, attachments, forms that submit, or rich media.</summary>
    PdfActiveContent,

    /// <summary>A file that is valid as an accepted kind but also carries another file (appended data, a ZIP, a program).</summary>
    Polyglot,

    /// <summary>A PNG or JPEG whose structure is broken or whose pixel count is too large.</summary>
    ImageMalformed,

    /// <summary>A DICOM file whose file meta information cannot be read.</summary>
    DicomMalformed,
}
