namespace MndCare.Domain.Consultations.Files;

/// <summary>The stable code and the patient-facing message of each <see cref="UploadRefusalReason"/>.</summary>
/// <remarks>Codes never change once published; user interfaces may localize the message by code.</remarks>
public static class UploadRefusalReasons
{
    /// <summary>The stable camelCase code ("pdfActiveContent").</summary>
    /// <param name="reason">The reason.</param>
    public static string Code(this UploadRefusalReason reason) => reason switch
    {
        UploadRefusalReason.Empty => "empty",
        UploadRefusalReason.TooLarge => "tooLarge",
        UploadRefusalReason.UnknownType => "unknownType",
        UploadRefusalReason.Executable => "executable",
        UploadRefusalReason.Script => "script",
        UploadRefusalReason.Html => "html",
        UploadRefusalReason.Svg => "svg",
        UploadRefusalReason.Archive => "archive",
        UploadRefusalReason.PdfEncrypted => "pdfEncrypted",
        UploadRefusalReason.PdfMalformed => "pdfMalformed",
        UploadRefusalReason.PdfActiveContent => "pdfActiveContent",
        UploadRefusalReason.Polyglot => "polyglot",
        UploadRefusalReason.ImageMalformed => "imageMalformed",
        UploadRefusalReason.DicomMalformed => "dicomMalformed",
    };

    /// <summary>An English message a patient can act on.</summary>
    /// <param name="reason">The reason.</param>
    public static string Message(this UploadRefusalReason reason) => reason switch
    {
        UploadRefusalReason.Empty =>
            "This file is empty. Please choose the file again and upload it.",
        UploadRefusalReason.TooLarge =>
            "This file is larger than we can accept. Please upload a smaller file, for example one document per file.",
        UploadRefusalReason.UnknownType =>
            "We can only accept PDF documents, JPEG or PNG images and DICOM files, and this file is none of these.",
        UploadRefusalReason.Executable =>
            "This file is a program, not a document or image, so we cannot accept it.",
        UploadRefusalReason.Script =>
            "This file is a web script, not a document or image, so we cannot accept it.",
        UploadRefusalReason.Html =>
            "This file is a web page, which we cannot accept. Please save or print it as a PDF and upload that.",
        UploadRefusalReason.Svg =>
            "SVG drawings can contain scripts, which we cannot accept. Please save the picture as a PNG or PDF and upload that.",
        UploadRefusalReason.Archive =>
            "Compressed archives such as ZIP files cannot be accepted. Please upload each document on its own.",
        UploadRefusalReason.PdfEncrypted =>
            "This PDF is protected by a password or encrypted, which we cannot accept. Please save a copy without the password and upload that.",
        UploadRefusalReason.PdfMalformed =>
            "We could not read this PDF; it may be damaged or incomplete. Please print it to a new PDF and upload that.",
        UploadRefusalReason.PdfActiveContent =>
            "This PDF contains scripts or automatic actions, which we cannot accept. Please print it to a new PDF and upload that.",
        UploadRefusalReason.Polyglot =>
            "This file has another file hidden inside or attached to it, which we cannot accept. Please save or export it again and upload the new copy.",
        UploadRefusalReason.ImageMalformed =>
            "We could not read this image; it may be damaged, incomplete or too large. Please save it again as a JPEG or PNG and upload that.",
        UploadRefusalReason.DicomMalformed =>
            "We could not read this DICOM file; it may be damaged or incomplete. Please export it again from the imaging system and upload that.",
    };
}
