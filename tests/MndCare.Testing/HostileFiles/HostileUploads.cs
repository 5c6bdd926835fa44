using System.Text;
using MndCare.Domain.Consultations.Files;
using static MndCare.Domain.Consultations.Files.UploadRefusalReason;

namespace MndCare.Testing.HostileFiles;

/// <summary>The upload corpus of security test plan UP-01, UP-04 and A6: every file built in memory, none committed.</summary>
/// <remarks>Names and declared types are what an attacker would send; only the content decides the verdict.</remarks>
public static class HostileUploads
{
    private const string PdfType = "application/pdf";
    private const string PngType = "image/png";
    private const string JpegType = "image/jpeg";
    private const string DicomType = "application/dicom";

    private static readonly Lazy<IReadOnlyList<UploadCase>> Cases = new(Build);

    /// <summary>Every case, built once per process.</summary>
    public static IReadOnlyList<UploadCase> All => Cases.Value;

    /// <summary>The case with the given id.</summary>
    /// <exception cref="KeyNotFoundException">No case has that id (a bug in the test).</exception>
    public static UploadCase Get(string name) =>
        All.FirstOrDefault(c => c.Name == name) ?? throw new KeyNotFoundException("No upload case " + name);

    /// <summary>A PDF whose /FlateDecode stream inflates to 32 MiB of zeros from about 32 KiB: above every budget the
    /// inspector allows a file this small.</summary>
    public static byte[] FlateBombPdf() => MinimalPdf.Write(MinimalPdf.Document(
        extra: new PdfObjectSpec("<< /Filter /FlateDecode >>", MinimalPdf.Deflate(new byte[32 * 1024 * 1024]))));

    private static List<UploadCase> Build()
    {
        var pdf = MinimalPdf.Valid();
        var png = MinimalPng.Valid();
        var jpeg = MinimalJpeg.Valid();
        var zip = OtherFiles.Zip();
        return
        [
            Accept("validPdf", "letter.pdf", PdfType, pdf, MedicalFileKind.Pdf,
                "A one-page PDF 1.7 with a Flate content stream and a classic xref table."),
            Accept("validPng", "scan.png", PngType, png, MedicalFileKind.Png, "A 4x4 greyscale PNG with correct CRCs."),
            Accept("validJpeg", "photo.jpg", JpegType, jpeg, MedicalFileKind.Jpeg, "A baseline JFIF JPEG of one 8x8 block."),
            Accept("validDicom", "mri.dcm", DicomType, MinimalDicom.Valid(), MedicalFileKind.Dicom,
                "A secondary-capture DICOM file with a zero preamble."),
            Accept("dicomTiffPreamble", "mri.dcm", DicomType, MinimalDicom.WithTiffPreamble(), MedicalFileKind.Dicom,
                "PS3.10 allows a TIFF header in the preamble."),
            Accept("jpegNamedPdf", "scan.pdf", PdfType, jpeg, MedicalFileKind.Jpeg,
                "A JPEG body with a .pdf name is a JPEG; the stored name becomes scan.jpg."),
            Accept("pdfUriLink", "links.pdf", PdfType, UriLinkPdf(), MedicalFileKind.Pdf,
                "A /URI link (whose address contains /JS/ and /AA) and an /OpenAction to a page are benign."),
            Accept("pdfObjectStreamClean", "modern.pdf", PdfType, ObjectStreamPdf(jsAction: false), MedicalFileKind.Pdf,
                "A PDF 1.5 with an object stream and an xref stream and nothing active."),
            Refuse("empty", "empty.pdf", PdfType, [], Empty, "No bytes at all."),
            Refuse("threeBytes", "tiny.pdf", PdfType, "%PD"u8.ToArray(), UnknownType, "Too short to carry any signature."),
            Refuse("elfNamedPdf", "report.pdf", PdfType, OtherFiles.Elf(), Executable, "A Linux program renamed .pdf."),
            Refuse("peNamedPdf", "report.pdf", PdfType, OtherFiles.PortableExecutable(), Executable, "A Windows program renamed .pdf."),
            Refuse("shellScriptNamedPdf", "report.pdf", PdfType, OtherFiles.ShellScript(), Executable, "A #! script renamed .pdf."),
            Refuse("phpNamedJpg", "photo.jpg", JpegType, OtherFiles.Php(), Script, "A PHP web shell renamed .jpg."),
            Refuse("htmlNamedPng", "scan.png", PngType, OtherFiles.Html(), Html,
                "An HTML page with a BOM and leading white space renamed .png."),
            Refuse("svg", "drawing.svg", "image/svg+xml", OtherFiles.Svg(), Svg, "SVG can carry scripts and is always refused."),
            Refuse("zip", "reports.zip", "application/zip", zip, Archive, "Archives are refused without being opened."),
            Refuse("gzip", "report.pdf.gz", "application/gzip", OtherFiles.Gzip(), Archive, "A gzip-compressed PDF."),
            Refuse("eicarNamedPdf", "report.pdf", PdfType, OtherFiles.Eicar(), UnknownType,
                "The EICAR test file has no signature we accept."),
            Refuse("pdfAfterJunk", "report.pdf", PdfType, [.. "garbage!!\n"u8, .. pdf], UnknownType,
                "Readers tolerate junk before %PDF-; we require it at offset 0."),
            Refuse("pdfOpenActionJs", "letter.pdf", PdfType, ActionPdf("<< /S /JavaScript /JS (app.alert\\(1\\)) >>"), PdfActiveContent,
                "/OpenAction running JavaScript."),
            Refuse("pdfAdditionalActions", "letter.pdf", PdfType, MinimalPdf.Write(MinimalPdf.Document(
                    pageEntries: "/AA << /O 6 0 R >> ", extra: new PdfObjectSpec("<< /S /URI /URI (https://example.org/) >>"))),
                PdfActiveContent, "/AA runs an action when the page opens, even when the action itself is a link."),
            Refuse("pdfLaunch", "letter.pdf", PdfType, ActionPdf("<< /S /Launch /F (calc.exe) >>"), PdfActiveContent,
                "/Launch starts a program."),
            Refuse("pdfEmbeddedFile", "letter.pdf", PdfType, EmbeddedFilePdf(), PdfActiveContent,
                "An attached file (/EmbeddedFiles, /EF, /EmbeddedFile)."),
            Refuse("pdfRichMedia", "letter.pdf", PdfType, MinimalPdf.Write(MinimalPdf.Document(
                    pageEntries: "/Annots [6 0 R] ", extra: new PdfObjectSpec("<< /Type /Annot /Subtype /RichMedia /Rect [0 0 100 100] >>"))),
                PdfActiveContent, "A /RichMedia annotation (Flash or video)."),
            Refuse("pdfXfa", "form.pdf", PdfType, MinimalPdf.Write(MinimalPdf.Document(
                    catalogEntries: "/AcroForm << /Fields [] /XFA 6 0 R >> ",
                    extra: new PdfObjectSpec("<< >>", Encoding.ASCII.GetBytes("<xdp:xdp xmlns:xdp=\"http://ns.adobe.com/xdp/\"/>")))),
                PdfActiveContent, "An XFA form, which can carry scripts."),
            Refuse("pdfHexEscapedJavaScript", "letter.pdf", PdfType, ActionPdf("<< /S /J#61vaScript /J#53 (app.alert\\(1\\)) >>"),
                PdfActiveContent, "/J#61vaScript and /J#53 are /JavaScript and /JS once #xx escapes are decoded."),
            Refuse("pdfJsInObjectStream", "modern.pdf", PdfType, ObjectStreamPdf(jsAction: true), PdfActiveContent,
                "The catalog and a JavaScript action hidden in a Flate-compressed object stream."),
            Refuse("pdfEncrypted", "locked.pdf", PdfType, EncryptedPdf(), PdfEncrypted,
                "/Encrypt in the trailer: the content cannot be inspected."),
            Refuse("pdfTruncated", "letter.pdf", PdfType, pdf[..(pdf.Length * 6 / 10)], PdfMalformed,
                "An upload cut off at 60%: no startxref and no %%EOF."),
            Refuse("pdfAppendedZip", "letter.pdf", PdfType, [.. pdf, .. zip], Polyglot, "A ZIP appended after %%EOF opens as both files."),
            Refuse("pdfFlateBomb", "letter.pdf", PdfType, FlateBombPdf(), PdfMalformed,
                "A Flate stream that inflates about 1000 times: a decompression bomb."),
            Refuse("pngTrailingHtml", "scan.png", PngType, [.. png, .. OtherFiles.Html()], Polyglot, "HTML after IEND."),
            Refuse("pngZipInChunk", "scan.png", PngType, ZipInsidePng(), Polyglot,
                "A ZIP in an ancillary chunk whose directory comment runs to the end of the file."),
            Refuse("pngPixelFlood", "scan.png", PngType, MinimalPng.DeclaringSize(100_000, 100_000), ImageMalformed,
                "IHDR declares 100000x100000 pixels in a file of some bytes."),
            Refuse("jpegAppendedZip", "photo.jpg", JpegType, [.. jpeg, .. zip], Polyglot, "A ZIP appended after EOI."),
            Refuse("jpegPixelFlood", "photo.jpg", JpegType, MinimalJpeg.Write(65_535, 65_535), ImageMalformed,
                "A frame header declaring 65535x65535 pixels."),
            Refuse("jpegTruncated", "photo.jpg", JpegType, jpeg[..^2], ImageMalformed, "A JPEG without its EOI marker."),
            Refuse("dicomExecutablePreamble", "mri.dcm", DicomType, MinimalDicom.WithExecutablePreamble(), Polyglot,
                "CVE-2019-11687: a DICOM file that is also a Windows program."),
            Refuse("dicomWithoutTransferSyntax", "mri.dcm", DicomType, MinimalDicom.Write(new byte[128], transferSyntax: null),
                DicomMalformed, "File meta information without (0002,0010)."),
        ];
    }

    private static UploadCase Accept(string name, string fileName, string contentType, byte[] content, MedicalFileKind kind, string note) =>
        UploadCase.Accepted(name, fileName, contentType, content, kind, note);

    private static UploadCase Refuse(string name, string fileName, string contentType, byte[] content, UploadRefusalReason reason, string note) =>
        UploadCase.Refused(name, fileName, contentType, content, reason, note);

    private static byte[] ActionPdf(string action) =>
        MinimalPdf.Write(MinimalPdf.Document(catalogEntries: "/OpenAction 6 0 R ", extra: new PdfObjectSpec(action)));

    private static byte[] UriLinkPdf() => MinimalPdf.Write(MinimalPdf.Document(
        catalogEntries: "/OpenAction [3 0 R /Fit] ",
        pageEntries: "/Annots [6 0 R] ",
        extra: new PdfObjectSpec("<< /Type /Annot /Subtype /Link /Rect [72 700 300 720] /A << /S /URI /URI (https://www.example.org/JS/AA/help) >> >>")));

    private static byte[] EmbeddedFilePdf() => MinimalPdf.Write(MinimalPdf.Document(
        catalogEntries: "/Names << /EmbeddedFiles << /Names [(notes.txt) 6 0 R] >> >> ",
        extra:
        [
            new PdfObjectSpec("<< /Type /Filespec /F (notes.txt) /EF << /F 7 0 R >> >>"),
            new PdfObjectSpec("<< /Type /EmbeddedFile >>", Encoding.ASCII.GetBytes("hello")),
        ]));

    private static byte[] EncryptedPdf() => MinimalPdf.Write(
        MinimalPdf.Document(extra: new PdfObjectSpec(
            "<< /Filter /Standard /V 1 /R 2 /P -3904 /O <" + new string('A', 64) + "> /U <" + new string('B', 64) + "> >>")),
        trailerEntries: "/Encrypt 6 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>] ");

    // Objects 1 (catalog) and 7 (the action, when present) are compressed; 2-6 stay plain.
    private static byte[] ObjectStreamPdf(bool jsAction)
    {
        var objects = MinimalPdf.Document(catalogEntries: jsAction ? "/OpenAction 7 0 R " : "/PageMode /UseNone ");
        objects[0] = objects[0] with { Compressed = true };
        objects.Add(new PdfObjectSpec("<< /Producer (MndCare tests) >>"));
        objects.Add(new PdfObjectSpec(jsAction ? "<< /S /JavaScript /JS (app.alert\\(1\\)) >>" : "<< /S /GoTo /D [3 0 R /Fit] >>", Compressed: true));
        return MinimalPdf.WriteWithObjectStream(objects);
    }

    // The ZIP's directory comment length is set to cover the chunk CRC (4 bytes) and the IEND chunk (12 bytes).
    private static byte[] ZipInsidePng()
    {
        var zip = OtherFiles.Zip("x.txt", Encoding.ASCII.GetBytes("hidden"));
        zip[^2] = 16;
        return MinimalPng.WithChunk("prVt", zip);
    }
}
