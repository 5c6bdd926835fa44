using MndCare.Domain.Consultations.Files;

namespace MndCare.Domain.Tests.Consultations.Files;

// Security test plan UP-02 and the OWASP File Upload Cheat Sheet: names are metadata, made safe and truthful.
public sealed class UploadFileNameTests
{
    [Theory]
    [InlineData("photo.jpeg", MedicalFileKind.Jpeg, "photo.jpg")]
    [InlineData("Report.PDF", MedicalFileKind.Pdf, "Report.pdf")]
    [InlineData("scan", MedicalFileKind.Png, "scan.png")]
    [InlineData("head.dicom", MedicalFileKind.Dicom, "head.dcm")]
    [InlineData("x.jpg.php", MedicalFileKind.Jpeg, "x.jpg")]
    [InlineData("x.pdf.exe", MedicalFileKind.Pdf, "x.pdf")]
    [InlineData("x.pdf.pdf.exe", MedicalFileKind.Pdf, "x.pdf")]
    [InlineData("x. .exe", MedicalFileKind.Pdf, "x.pdf")]
    public void Sanitize_Extension_IsTheCanonicalOneForTheContent(string input, MedicalFileKind kind, string expected) =>
        Assert.Equal(expected, UploadFileName.Sanitize(input, kind));

    // Only a final ".xxx" of ASCII letters and digits with a letter is an extension; other dots are text.
    [Theory]
    [InlineData("Dr. Smith letter", "Dr. Smith letter.pdf")]
    [InlineData("MRI 12.03.2024", "MRI 12.03.2024.pdf")]
    [InlineData("notes.verylongextension", "notes.verylongextension.pdf")]
    [InlineData("v1.2 report.docx", "v1.2 report.pdf")]
    public void Sanitize_DotsThatAreNotExtensions_AreKept(string input, string expected) =>
        Assert.Equal(expected, UploadFileName.Sanitize(input, MedicalFileKind.Pdf));

    [Theory]
    [InlineData("a/b\\c.pdf", "c.pdf")]
    [InlineData("a%2Fb%5Cc.pdf", "c.pdf")]
    [InlineData("%252e%252e%252fx.pdf", "%2e%2e%2fx.pdf")]
    [InlineData("%C3%A9t%C3%A9.pdf", "\u00E9t\u00E9.pdf")]
    [InlineData("%E9t%E9.pdf", "t.pdf")]
    [InlineData("x.pdf\0.exe", "x.pdf")]
    [InlineData("a \t\n b\u3000c.pdf", "a b c.pdf")]
    [InlineData("a<b>c:d\"e|f?g*h.pdf", "a_b_c_d_e_f_g_h.pdf")]
    [InlineData("Jose\u0301.pdf", "Jos\u00E9.pdf")]
    [InlineData(" - . -x.pdf", "x.pdf")]
    [InlineData("x\u0007y\u0085z.pdf", "xy z.pdf")]
    [InlineData("a\u2066b\u2069c\u200Ed\u200Fe.pdf", "abcde.pdf")]
    [InlineData("", "document.pdf")]
    [InlineData("/", "document.pdf")]
    [InlineData(".pdf", "pdf.pdf")]
    public void Sanitize_HostileText_IsCleaned(string input, string expected) =>
        Assert.Equal(expected, UploadFileName.Sanitize(input, MedicalFileKind.Pdf));

    [Theory]
    [InlineData("con.txt", "_con.pdf")]
    [InlineData("LPT9", "_LPT9.pdf")]
    [InlineData("COM0.pdf", "_COM0.pdf")]
    [InlineData("com\u00B9.pdf", "_com\u00B9.pdf")]
    [InlineData("nul.tar.gz", "_nul.tar.pdf")]
    [InlineData("aux .pdf", "_aux.pdf")]
    [InlineData("CONOUT$.pdf", "_CONOUT$.pdf")]
    [InlineData("CONSOLE.pdf", "CONSOLE.pdf")]
    [InlineData("COM10.pdf", "COM10.pdf")]
    public void Sanitize_WindowsDeviceName_GetsAPrefix(string input, string expected) =>
        Assert.Equal(expected, UploadFileName.Sanitize(input, MedicalFileKind.Pdf));

    [Fact]
    public void Sanitize_LongName_IsCutWithoutSplittingAnEmoji()
    {
        var sanitized = UploadFileName.Sanitize(new string('a', 95) + "\U0001F9E0\U0001F9E0.pdf", MedicalFileKind.Pdf);

        Assert.Equal(new string('a', 95) + ".pdf", sanitized);
    }

    [Fact]
    public void Sanitize_LongCjkName_IsCutToTheLimit()
    {
        var sanitized = UploadFileName.Sanitize(string.Concat(Enumerable.Repeat("肌电图", 50)) + ".pdf", MedicalFileKind.Pdf);

        Assert.Equal(UploadFileName.MaxLength, sanitized.Length);
        Assert.EndsWith("肌电图肌电图.pdf", sanitized, StringComparison.Ordinal);
    }

    [Fact]
    public void Sanitize_LoneSurrogate_IsDropped() =>
        Assert.Equal("ab.pdf", UploadFileName.Sanitize("a" + (char)0xD800 + "b.pdf", MedicalFileKind.Pdf));

    // Fuzzing regression (FZ-01): string.Normalize throws on U+FFFE, so noncharacters are dropped first.
    [Fact]
    public void Sanitize_Noncharacter_IsDropped() =>
        Assert.Equal("abcd.pdf", UploadFileName.Sanitize("a\uFFFEb\uFFFFc\uFDD0d\U0010FFFF.pdf", MedicalFileKind.Pdf));
}
