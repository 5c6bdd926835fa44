using System.Text;
using MndCare.Domain.Consultations.Files;
using MndCare.Testing.HostileFiles;

namespace MndCare.Domain.Tests.Consultations.Files;

// Security test plan UP-05: location, author, comments and other metadata never reach the store; the picture, its
// orientation and its colour information do, byte for byte.
public sealed class ImageMetadataTests
{
    private const byte App1 = 0xE1;

    // A big-endian EXIF block: IFD0 with Orientation 6 (rotate 90°), Artist, and a GPS IFD pointer, then the strings.
    private static byte[] Exif(ushort orientation)
    {
        var artist = Encoding.ASCII.GetBytes("ARTIST-CANARY\0");
        var gps = Encoding.ASCII.GetBytes("GPS-CANARY 31.2304N 121.4737E\0");
        const int ifd0 = 8, entries = 3;
        var strings = ifd0 + 2 + (12 * entries) + 4;
        using var tiff = new MemoryStream();
        tiff.Write("MM\0\x2A"u8);
        tiff.Write([0, 0, 0, ifd0, 0, entries]);
        tiff.Write([0x01, 0x12, 0, 3, 0, 0, 0, 1, (byte)(orientation >> 8), (byte)orientation, 0, 0]);
        tiff.Write([0x01, 0x3B, 0, 2, 0, 0, 0, (byte)artist.Length, 0, 0, 0, (byte)strings]);
        tiff.Write([0x88, 0x25, 0, 4, 0, 0, 0, 1, 0, 0, 0, (byte)(strings + artist.Length)]);
        tiff.Write([0, 0, 0, 0]);
        tiff.Write(artist);
        tiff.Write(gps);
        return [.. "Exif\0\0"u8, .. tiff.ToArray()];
    }

    private static byte[] Text(string text) => Encoding.ASCII.GetBytes(text);

    [Fact]
    public void Jpeg_LosesEverythingButTheImageItsOrientationAndColour()
    {
        var icc = Text("ICC_PROFILE\0\u0001\u0001" + "colour-profile");
        var original = MinimalJpeg.WithSegments((App1, Exif(6)), (App1, Text("http://ns.adobe.com/xap/1.0/\0XMP-CANARY")),
            (0xE2, icc), (0xED, Text("Photoshop 3.0\0IPTC-CANARY")), (0xFE, Text("COMMENT-CANARY")));

        var stripped = ImageMetadata.Strip(original, MedicalFileKind.Jpeg);

        var text = Encoding.ASCII.GetString(stripped);
        Assert.DoesNotContain("CANARY", text, StringComparison.Ordinal);
        Assert.Contains("colour-profile", text, StringComparison.Ordinal);
        Assert.Contains("JFIF", text, StringComparison.Ordinal);
        Assert.True(UploadInspector.Inspect(stripped, 1 << 20).IsSuccess);
        var scan = Array.LastIndexOf(original, (byte)0xDA) - 1;
        Assert.True(stripped.AsSpan().EndsWith(original.AsSpan(scan)), "the scan data and end marker are kept byte for byte");
        byte[] orientationEntry = [0x12, 0x01, 0x03, 0x00, 0x01, 0x00, 0x00, 0x00, 0x06, 0x00];
        Assert.True(stripped.AsSpan().IndexOf(orientationEntry) > 0, "the orientation survives in a minimal EXIF");
    }

    [Fact]
    public void Jpeg_WithoutMetadata_IsUnchanged_AndAnOrientationlessExifIsDropped()
    {
        var plain = MinimalJpeg.Valid();
        var upright = MinimalJpeg.WithSegments((App1, Exif(0)));

        Assert.Equal(plain, ImageMetadata.Strip(plain, MedicalFileKind.Jpeg));
        Assert.Equal(plain, ImageMetadata.Strip(upright, MedicalFileKind.Jpeg));
    }

    [Fact]
    public void Png_LosesItsTextExifAndTimeChunks()
    {
        var original = MinimalPng.WithChunk("tEXt", Text("Author\0PNG-CANARY"));

        var stripped = ImageMetadata.Strip(original, MedicalFileKind.Png);

        Assert.DoesNotContain("CANARY", Encoding.ASCII.GetString(stripped), StringComparison.Ordinal);
        Assert.Equal(MinimalPng.Valid(), stripped);
        Assert.True(UploadInspector.Inspect(stripped, 1 << 20).IsSuccess);
    }

    [Fact]
    public void PdfAndDicom_AreUnchanged()
    {
        var pdf = MinimalPdf.Valid();
        var dicom = MinimalDicom.Valid();

        Assert.Same(pdf, ImageMetadata.Strip(pdf, MedicalFileKind.Pdf));
        Assert.Same(dicom, ImageMetadata.Strip(dicom, MedicalFileKind.Dicom));
    }

    [Fact]
    public void EveryAcceptedCatalogueFile_StaysAcceptedAsTheSameKind()
    {
        foreach (var upload in HostileUploads.All.Where(u => u.AcceptedAs is not null))
        {
            var stripped = ImageMetadata.Strip(upload.Content.ToArray(), upload.AcceptedAs!.Value);

            Assert.Equal(upload.AcceptedAs, UploadInspector.Inspect(stripped, 1 << 26).Value);
        }
    }
}
