using MndCare.Domain.Results;

namespace MndCare.Domain.Consultations.Files;

/// <summary>Decides from the bytes alone whether an uploaded file is an acceptable PDF, JPEG, PNG or DICOM file.</summary>
/// <remarks>
/// Security test plan UP-01, UP-04 and AV-07; OWASP File Upload Cheat Sheet. The file name and the declared content
/// type are never inputs. The rules, first match wins:
/// <list type="number">
/// <item>No bytes: <see cref="UploadRefusalReason.Empty"/>; more than the limit: <see cref="UploadRefusalReason.TooLarge"/>.</item>
/// <item>"DICM" at offset 128, "%PDF-", the PNG signature or FF D8 FF at offset 0 choose the kind, which is then
/// checked in full: <see cref="DicomInspector"/>, <see cref="PdfInspector"/>, <see cref="PngInspector"/>,
/// <see cref="JpegInspector"/>.</item>
/// <item>A file accepted so far that also ends in a ZIP end-of-central-directory record is a
/// <see cref="UploadRefusalReason.Polyglot"/> (<see cref="ZipTail"/>).</item>
/// <item>Otherwise clear signatures name what the file is: programs, server scripts, HTML, SVG and archives
/// (<see cref="HostileSignature"/>); anything else is <see cref="UploadRefusalReason.UnknownType"/>.</item>
/// </list>
/// Polyglots are caught only by these concrete rules: data after the end marker (PDF, PNG, JPEG), a non-zero DICOM
/// preamble and a trailing ZIP directory. A file of an accepted kind may still carry other bytes inside its own
/// structure (a script in a PDF string, HTML in a PNG text chunk); they are inert when the file is served with its
/// detected type, nosniff and a sandboxing Content-Security-Policy, as UP-03 requires. Archives are refused, never
/// decompressed. Inspection never throws on any content and runs in time roughly linear in its length.
/// </remarks>
public static class UploadInspector
{
    /// <summary>The kind of an acceptable file, or an <see cref="UploadRefusal"/> saying why it is refused.</summary>
    /// <param name="content">The whole uploaded file.</param>
    /// <param name="maxBytes">The largest accepted size in bytes; at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxBytes"/> is less than 1.</exception>
    public static Result<MedicalFileKind> Inspect(ReadOnlySpan<byte> content, long maxBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBytes, 1);
        if (content.IsEmpty)
        {
            return new UploadRefusal(UploadRefusalReason.Empty);
        }
        if (content.Length > maxBytes)
        {
            return new UploadRefusal(UploadRefusalReason.TooLarge);
        }
        if (ContentSignature.Of(content) is not { } kind)
        {
            return new UploadRefusal(HostileSignature.Of(content) ?? UploadRefusalReason.UnknownType);
        }
        var refusal = kind switch
        {
            MedicalFileKind.Pdf => PdfInspector.Check(content),
            MedicalFileKind.Png => PngInspector.Check(content),
            MedicalFileKind.Jpeg => JpegInspector.Check(content),
            MedicalFileKind.Dicom => DicomInspector.Check(content),
        };
        refusal ??= ZipTail.EndsWithCentralDirectory(content) ? UploadRefusalReason.Polyglot : null;
        return refusal is { } reason ? new UploadRefusal(reason) : kind;
    }
}
