using System.Text;
using MndCare.Domain.Consultations.Files;
using MndCare.Testing.HostileFiles;
using static MndCare.Domain.Consultations.Files.UploadRefusalReason;

namespace MndCare.Domain.Tests.Consultations.Files;

// Security test plan UP-04 and AV-07: PDF structure, active content, object streams and decompression bombs.
public sealed class PdfInspectionTests
{
    private static byte[] WithObject(string body, byte[]? stream = null) =>
        MinimalPdf.Write(MinimalPdf.Document(extra: new PdfObjectSpec(body, stream)));

    // Inserts raw text as object 6 just before the xref table; offsets do not matter to the inspector.
    private static byte[] WithRawObject(string raw)
    {
        var text = Uploads.Text(MinimalPdf.Valid());
        var xref = text.IndexOf("xref\n", StringComparison.Ordinal);
        return Uploads.Bytes(text[..xref] + "6 0 obj\n" + raw + "\nendobj\n" + text[xref..]);
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("1.4")]
    [InlineData("1.7")]
    [InlineData("2.0")]
    public void Check_SupportedVersion_IsAccepted(string version) =>
        Assert.Null(Uploads.Refusal(MinimalPdf.Write(MinimalPdf.Document(), version: version)));

    [Theory]
    [InlineData("3.0")]
    [InlineData("2.1")]
    [InlineData("1.10")]
    [InlineData("1.x")]
    public void Check_UnknownVersion_IsMalformed(string version) =>
        Assert.Equal(PdfMalformed, Uploads.Refusal(MinimalPdf.Write(MinimalPdf.Document(), version: version)));

    [Fact]
    public void Check_WhiteSpaceAndNulAfterEof_IsAccepted() =>
        Assert.Null(Uploads.Refusal([.. MinimalPdf.Valid(), .. "\r\n \t\0\0\0"u8]));

    [Theory]
    [InlineData("<html><script>alert(1)</script></html>", Polyglot)]
    [InlineData("MZ", Polyglot)]
    [InlineData("7 0 obj\n<< /Type /Page", PdfMalformed)]
    [InlineData("xref\n0 1", PdfMalformed)]
    public void Check_BytesAfterEof_AreRefused(string trailing, UploadRefusalReason expected) =>
        Assert.Equal(expected, Uploads.Refusal([.. MinimalPdf.Valid(), .. Uploads.Bytes(trailing)]));

    [Theory]
    [InlineData("startxref", "startxrex")]
    [InlineData("%%EOF", "%%EOX")]
    public void Check_MissingEndMarker_IsMalformed(string marker, string replacement) =>
        Assert.Equal(PdfMalformed, Uploads.Refusal(Uploads.Text(MinimalPdf.Valid()).Replace(marker, replacement, StringComparison.Ordinal)));

    [Fact]
    public void Check_StartxrefBeyondFile_IsMalformed()
    {
        var text = Uploads.Text(MinimalPdf.Valid());
        var at = text.LastIndexOf("startxref\n", StringComparison.Ordinal) + "startxref\n".Length;
        var end = text.IndexOf('\n', at);

        Assert.Equal(PdfMalformed, Uploads.Refusal(text[..at] + "99999999" + text[end..]));
    }

    // Every active-content name, as a key of an otherwise harmless dictionary.
    [Theory]
    [InlineData("JavaScript")]
    [InlineData("JS")]
    [InlineData("Launch")]
    [InlineData("AA")]
    [InlineData("EmbeddedFile")]
    [InlineData("EmbeddedFiles")]
    [InlineData("EF")]
    [InlineData("RichMedia")]
    [InlineData("SubmitForm")]
    [InlineData("ImportData")]
    [InlineData("GoToE")]
    [InlineData("GoToR")]
    [InlineData("XFA")]
    public void Check_ActiveName_IsActiveContent(string name)
    {
        var escaped = string.Concat(name.Select(c => $"#{(int)c:X2}"));

        Assert.Equal(PdfActiveContent, Uploads.Refusal(WithObject($"<< /{name} (x) >>")));
        Assert.Equal(PdfActiveContent, Uploads.Refusal(WithObject($"<< /S /{escaped} >>")));
    }

    // Names are exact and case-sensitive; text in strings, hex strings and comments is not a name.
    [Theory]
    [InlineData("<< /JSON 1 /Javascript 2 /AAA 3 /URI (x) /OpenAction [3 0 R /Fit] >>")]
    [InlineData("<< /T (/JavaScript /JS /Launch) >>")]
    [InlineData("<< /T <2F4A53> >>")]
    [InlineData("<< % /JavaScript in a comment\n/T (x) >>")]
    [InlineData("<< /T (a\\) /JS) >>")]
    [InlineData("<< /T (a(b /JS)c) >>")]
    [InlineData("<< /J#ZZ 1 /# 2 >>")]
    public void Check_NamesOutsideDictionaries_AreNotActive(string body) =>
        Assert.Null(Uploads.Refusal(WithObject(body)));

    // The lexer follows escapes and nesting exactly as readers do, so a name after a string is seen.
    [Theory]
    [InlineData("<< /T (a\\\\) /JS (x) >>")]
    [InlineData("<< /T (a(b)c) /JS (x) >>")]
    [InlineData("<< /T <4A53> /JS (x) >>")]
    public void Check_NameAfterTrickyString_IsActive(string body) =>
        Assert.Equal(PdfActiveContent, Uploads.Refusal(WithObject(body)));

    [Theory]
    [InlineData("<< /Encrypt 7 0 R >>")]
    [InlineData("<< /Encr#79pt 7 0 R >>")]
    [InlineData("<< /Type /XRef /Encrypt 7 0 R /JS (x) >>")]
    public void Check_EncryptAnywhere_IsEncrypted(string body) =>
        Assert.Equal(PdfEncrypted, Uploads.Refusal(WithObject(body)));

    // PdfHiddenObjects: a reader may parse an object header wherever it is; the linear scan would miss it.
    [Theory]
    [InlineData("<< >>\nstream\nq\n9 0 obj\n<< /S /Foo >>\nendobj\nQ\nendstream")]
    [InlineData("<< /T (9 0 obj << /S /Foo >> endobj) >>")]
    [InlineData("<< % 9 0 obj << /S /Foo >>\n>>")]
    [InlineData("<< >>\nstream\n9 0 % comment\n% another\nobj << >>\nendstream")]
    public void Check_ObjectHeaderInsideText_IsMalformed(string raw) =>
        Assert.Equal(PdfMalformed, Uploads.Refusal(WithRawObject(raw)));

    // A header needs two integers before obj; text that merely mentions obj stays acceptable.
    [Theory]
    [InlineData("<< /T (see obj 7 and 0 obj and x0 obj and 1 0obj) >>")]
    [InlineData("<< >>\nstream\nq 1 0 0 1 0 0 cm /objA Do Q\nendstream")]
    public void Check_ObjWithoutHeader_IsAccepted(string raw) =>
        Assert.Null(Uploads.Refusal(WithRawObject(raw)));

    [Theory]
    [InlineData("(x) stream\nabc\nendstream")]
    [InlineData("<< /Length 3 >>\nstream\nabc")]
    [InlineData("<< /T (never closed >>")]
    [InlineData("<< /Filter 7 0 R >>\nstream\nabc\nendstream")]
    [InlineData("<< /Filter [/FlateDecode 7 0 R] >>\nstream\nabc\nendstream")]
    public void Check_BrokenStructure_IsMalformed(string raw) =>
        Assert.Equal(PdfMalformed, Uploads.Refusal(WithRawObject(raw)));

    // Stream data is skipped by its /Length when "endstream" follows, else up to "endstream", as readers do.
    [Theory]
    [InlineData("<< /Length 6 >>\nstream\n(/JS )\nendstream")]
    [InlineData("<< /Length 99 >>\nstream\n(/JS ) endstreak\nendstream")]
    [InlineData("<< /Length 7 0 R >>\r\nstream\r\n/JS /AA\r\nendstream")]
    public void Check_NamesInStreamData_AreNotActive(string raw) =>
        Assert.Null(Uploads.Refusal(WithRawObject(raw)));

    [Fact]
    public void Check_InflationBelowBudget_IsAccepted() =>
        Assert.Null(Uploads.Refusal(WithObject("<< /Filter /FlateDecode >>", MinimalPdf.Deflate(new byte[8 * 1024 * 1024]))));

    [Fact]
    public void Check_BombBehindAbbreviatedFilterInChain_IsMalformed() =>
        Assert.Equal(PdfMalformed,
            Uploads.Refusal(WithObject("<< /Filter [/Fl /DCTDecode] >>", MinimalPdf.Deflate(new byte[32 * 1024 * 1024]))));

    // Readers skip a damaged stream; only many of them look like junk built to cost time.
    [Fact]
    public void Check_CorruptStreams_AreToleratedUpToALimit()
    {
        PdfObjectSpec Corrupt() => new("<< /Filter /FlateDecode >>", [0x78, 0x9C, 0xFF, 0xFF, 0xFF, 0xFF]);

        Assert.Null(Uploads.Refusal(MinimalPdf.Write(MinimalPdf.Document(extra: [.. Enumerable.Range(0, 16).Select(_ => Corrupt())]))));
        Assert.Equal(PdfMalformed, Uploads.Refusal(MinimalPdf.Write(MinimalPdf.Document(extra: [.. Enumerable.Range(0, 17).Select(_ => Corrupt())]))));
    }

    [Theory]
    [InlineData("<< /Type /ObjStm /N 1 /First 4 >>", null)]
    [InlineData("<< /First 4 /N 1 >>", null)]
    [InlineData("<< /Type /ObjStm /N 1 /First 4 /JS (x) >>", PdfActiveContent)]
    public void Check_UncompressedObjectStream_IsScanned(string dictionary, UploadRefusalReason? expectedWithoutScript)
    {
        var clean = Encoding.ASCII.GetBytes("7 0\n<< /S /GoTo /D [3 0 R /Fit] >>");
        var hidden = Encoding.ASCII.GetBytes("7 0\n<< /S /JavaScript /JS (app.alert\\(1\\)) >>");

        Assert.Equal(expectedWithoutScript, Uploads.Refusal(WithObject(dictionary, clean)));
        Assert.Equal(PdfActiveContent, Uploads.Refusal(WithObject(dictionary, hidden)));
    }

    [Fact]
    public void Check_ObjectStreamWithAbbreviatedFlate_IsScanned() =>
        Assert.Equal(PdfActiveContent, Uploads.Refusal(WithObject("<< /Type /ObjStm /N 1 /First 4 /Filter /Fl >>",
            MinimalPdf.Deflate(Encoding.ASCII.GetBytes("7 0\n<< /S /JavaScript /JS (x) >>")))));

    // An offset that lands inside a string would let a reader parse what the scan took for text.
    [Fact]
    public void Check_ObjectStreamOffsetInsideString_IsMalformed()
    {
        var content = "7 2\n(x<< /S /JavaScript /JS (a) >>)";

        Assert.Null(Uploads.Refusal(WithObject("<< /Type /ObjStm /N 1 /First 4 >>", Encoding.ASCII.GetBytes(content.Replace("7 2", "7 0", StringComparison.Ordinal)))));
        Assert.Equal(PdfMalformed, Uploads.Refusal(WithObject("<< /Type /ObjStm /N 1 /First 4 >>", Encoding.ASCII.GetBytes(content))));
    }

    [Theory]
    [InlineData("<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns 4 >> >>")]
    [InlineData("<< /Type /ObjStm /N 1 /First 4 /Filter /ASCIIHexDecode >>")]
    [InlineData("<< /Type /ObjStm /N 1 /First 4 /Filter [/FlateDecode /ASCIIHexDecode] >>")]
    [InlineData("<< /Type /ObjStm /N 1 /First 9 0 R /Filter /FlateDecode >>")]
    [InlineData("<< /Type /ObjStm /First 4 /Filter /FlateDecode >>")]
    [InlineData("<< /Type /ObjStm /N 500 /First 4 /Filter /FlateDecode >>")]
    [InlineData("<< /Type /ObjStm /N 1 /First 400 /Filter /FlateDecode >>")]
    public void Check_ObjectStreamThatCannotBeInspected_IsMalformed(string dictionary) =>
        Assert.Equal(PdfMalformed, Uploads.Refusal(WithObject(dictionary, MinimalPdf.Deflate(Encoding.ASCII.GetBytes("7 0\n<< /S /GoTo >>")))));

    [Fact]
    public void Check_ObjectStreamBomb_IsMalformed()
    {
        var bomb = new byte[20 * 1024 * 1024];
        "7 0\n<< >>"u8.CopyTo(bomb);

        Assert.Equal(PdfMalformed, Uploads.Refusal(WithObject("<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode >>", MinimalPdf.Deflate(bomb))));
    }

    // Fuzzing regression (FZ-01): 0x78 0x20 (valid check value, FDICT set) made ZLibStream throw an unexpected exception.
    [Fact]
    public void Check_FlatePresetDictionary_IsCorruptNotACrash()
    {
        byte[] presetDictionary = [0x78, 0x20, 0x00, 0x00, 0x00, 0x01, 0x03, 0x00];

        Assert.Null(Uploads.Refusal(WithObject("<< /Filter /FlateDecode >>", presetDictionary)));
        Assert.Equal(PdfMalformed, Uploads.Refusal(WithObject("<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode >>", presetDictionary)));
    }
}
