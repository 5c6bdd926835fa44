using MndCare.Domain.Consultations.Files;

namespace MndCare.Domain.Tests.Consultations.Files;

// The wire contract of upload refusals, kinds and categories: exact, case-sensitive strings.
public sealed class UploadVocabularyTests
{
    [Fact]
    public void Code_EveryReason_IsTheContractString() =>
        Assert.Equal(
            ["empty", "tooLarge", "unknownType", "executable", "script", "html", "svg", "archive", "pdfEncrypted", "pdfMalformed",
                "pdfActiveContent", "polyglot", "imageMalformed", "dicomMalformed"],
            Enum.GetValues<UploadRefusalReason>().Select(r => r.Code()));

    [Fact]
    public void Message_EveryReason_IsADistinctSentence()
    {
        var messages = Enum.GetValues<UploadRefusalReason>().Select(r => r.Message()).ToList();

        Assert.All(messages, m => Assert.Matches(@"^[A-Z].{20,200}\.$", m));
        Assert.Equal(messages.Count, messages.Distinct().Count());
    }

    [Fact]
    public void UploadRefusal_TakesCodeAndMessageFromItsReason()
    {
        var refusal = new UploadRefusal(UploadRefusalReason.PdfActiveContent);

        Assert.Equal("pdfActiveContent", refusal.Code);
        Assert.Equal(
            "This PDF contains scripts or automatic actions, which we cannot accept. Please print it to a new PDF and upload that.",
            refusal.Message);
        Assert.Equal(new UploadRefusal(UploadRefusalReason.PdfActiveContent), refusal);
    }

    [Fact]
    public void MimeTypeAndExtension_EveryKind_AreTheServerSideValues()
    {
        Assert.Equal(["application/pdf", "image/jpeg", "image/png", "application/dicom"], Enum.GetValues<MedicalFileKind>().Select(k => k.MimeType()));
        Assert.Equal([".pdf", ".jpg", ".png", ".dcm"], Enum.GetValues<MedicalFileKind>().Select(k => k.Extension()));
    }

    [Fact]
    public void WireName_EveryCategory_IsTheContractString() =>
        Assert.Equal(["emgNerveConduction", "mri", "laboratory", "geneticTest", "dischargeLetter", "other"],
            Enum.GetValues<MedicalFileCategory>().Select(c => c.WireName()));

    [Fact]
    public void TryParse_EveryWireName_RoundTrips() =>
        Assert.All(Enum.GetValues<MedicalFileCategory>(), c =>
        {
            Assert.True(MedicalFileCategories.TryParse(c.WireName(), out var parsed));
            Assert.Equal(c, parsed);
        });

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("MRI")]
    [InlineData("Mri")]
    [InlineData(" mri")]
    [InlineData("EmgNerveConduction")]
    public void TryParse_AnythingElse_Fails(string? text) => Assert.False(MedicalFileCategories.TryParse(text, out _));
}
