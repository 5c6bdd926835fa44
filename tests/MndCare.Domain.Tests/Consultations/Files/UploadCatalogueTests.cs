using MndCare.Domain.Consultations.Files;
using MndCare.Testing.HostileFiles;

namespace MndCare.Domain.Tests.Consultations.Files;

// Security test plan UP-01, UP-02, UP-04 and A6: the shared hostile corpus, as the API tests will also use it.
public sealed class UploadCatalogueTests
{
    private const long Limit = 64L * 1024 * 1024;

    public static TheoryData<string> UploadCases => [.. HostileUploads.All.Select(c => c.Name)];

    public static TheoryData<string> NameCases => [.. HostileFileNames.All.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(UploadCases))]
    public void Inspect_CatalogueCase_ReachesItsVerdict(string name)
    {
        var upload = HostileUploads.Get(name);

        var result = UploadInspector.Inspect(upload.Content.Span, Limit);

        if (upload.AcceptedAs is { } kind)
        {
            Assert.True(result.IsSuccess, $"{name} was refused: {(result.IsSuccess ? "" : result.Errors[0].Code)}");
            Assert.Equal(kind, result.Value);
        }
        else
        {
            var refusal = Assert.IsType<UploadRefusal>(Assert.Single(result.Errors));
            Assert.Equal(upload.RefusedAs, refusal.Reason);
        }
    }

    [Fact]
    public void Catalogue_EveryCase_HasExactlyOneVerdictAndAUniqueName()
    {
        Assert.All(HostileUploads.All, c => Assert.True(c.AcceptedAs is null != c.RefusedAs is null, c.Name));
        Assert.Equal(HostileUploads.All.Count, HostileUploads.All.Select(c => c.Name).Distinct().Count());
    }

    // UP-01: the set covers every refusal reason the inspector can give except TooLarge, which depends on the limit.
    [Fact]
    public void Catalogue_CoversEveryContentRefusal() =>
        Assert.Equal(
            Enum.GetValues<UploadRefusalReason>().Where(r => r != UploadRefusalReason.TooLarge).Order(),
            HostileUploads.All.Where(c => c.RefusedAs is not null).Select(c => c.RefusedAs!.Value).Distinct().Order());

    [Theory]
    [MemberData(nameof(NameCases))]
    public void Sanitize_CatalogueName_GivesTheExpectedName(string name)
    {
        var fileName = HostileFileNames.All.Single(c => c.Name == name);

        Assert.Equal(fileName.ExpectedForPdf, UploadFileName.Sanitize(fileName.Input, MedicalFileKind.Pdf));
    }

    // A .pdf with a JPEG body keeps its name but gets the extension of what it is.
    [Fact]
    public void Sanitize_JpegNamedPdf_GetsJpgExtension()
    {
        var upload = HostileUploads.Get("jpegNamedPdf");

        Assert.Equal("scan.jpg", UploadFileName.Sanitize(upload.FileName, UploadInspector.Inspect(upload.Content.Span, Limit).Value));
    }

    [Fact]
    public void Eicar_IsBuiltAtRunTime_AsTheStandard68Bytes()
    {
        var eicar = OtherFiles.Eicar();

        Assert.Equal(68, eicar.Length);
        Assert.StartsWith("X5O!P%@AP", System.Text.Encoding.ASCII.GetString(eicar), StringComparison.Ordinal);
    }
}
