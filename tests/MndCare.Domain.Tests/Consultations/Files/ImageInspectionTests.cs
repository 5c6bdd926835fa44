using System.Buffers.Binary;
using MndCare.Testing.HostileFiles;
using static MndCare.Domain.Consultations.Files.UploadRefusalReason;

namespace MndCare.Domain.Tests.Consultations.Files;

// Security test plan UP-01 and WSTG-BUSL-09 (pixel flood): PNG chunk walk and JPEG segment walk.
public sealed class ImageInspectionTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static byte[] Png(params byte[][] chunks) => [.. PngSignature, .. chunks.SelectMany(c => c)];

    private static byte[] Header(uint width, uint height, byte bitDepth = 8, byte colourType = 0)
    {
        var data = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(data, width);
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(4), height);
        (data[8], data[9]) = (bitDepth, colourType);
        return MinimalPng.Chunk("IHDR"u8, data);
    }

    private static readonly byte[] Data = MinimalPng.Chunk("IDAT"u8, MinimalPdf.Deflate([0, 0]));
    private static readonly byte[] End = MinimalPng.Chunk("IEND"u8, []);

    [Fact]
    public void Png_MinimalChunks_AreAccepted() => Assert.Null(Uploads.Refusal(Png(Header(1, 1), Data, End)));

    [Fact]
    public void Png_AncillaryUnknownChunk_IsAccepted() =>
        Assert.Null(Uploads.Refusal(Png(Header(1, 1), MinimalPng.Chunk("teXt"u8, "Comment\0<script>"u8), Data, End)));

    // CRCs guard against transmission errors, not attackers, and are left to decoders (PngInspector remarks).
    [Fact]
    public void Png_WrongCrc_IsAccepted()
    {
        var png = MinimalPng.Valid();
        png[^1] ^= 0xFF;

        Assert.Null(Uploads.Refusal(png));
    }

    [Fact]
    public void Png_ExactlyMaxPixels_IsAccepted() => Assert.Null(Uploads.Refusal(MinimalPng.DeclaringSize(10_000, 10_000)));

    [Theory]
    [InlineData(10_001u, 10_000u)]
    [InlineData(0u, 1u)]
    [InlineData(1u, 0u)]
    [InlineData(uint.MaxValue, 1u)]
    public void Png_DimensionsOutOfBounds_AreMalformed(uint width, uint height) =>
        Assert.Equal(ImageMalformed, Uploads.Refusal(Png(Header(width, height), Data, End)));

    [Theory]
    [InlineData(3, 0)]
    [InlineData(8, 1)]
    [InlineData(4, 2)]
    [InlineData(16, 3)]
    [InlineData(8, 7)]
    public void Png_InvalidBitDepthForColourType_IsMalformed(byte bitDepth, byte colourType) =>
        Assert.Equal(ImageMalformed, Uploads.Refusal(Png(Header(1, 1, bitDepth, colourType), Data, End)));

    [Fact]
    public void Png_StructuralDefects_AreMalformed()
    {
        Assert.Equal(ImageMalformed, Uploads.Refusal(Png(Data, Header(1, 1), End)));
        Assert.Equal(ImageMalformed, Uploads.Refusal(Png(Header(1, 1), End)));
        Assert.Equal(ImageMalformed, Uploads.Refusal(Png(Header(1, 1), Data)));
        Assert.Equal(ImageMalformed, Uploads.Refusal(Png(Header(1, 1), Header(1, 1), Data, End)));
        Assert.Equal(ImageMalformed, Uploads.Refusal(Png(Header(1, 1), MinimalPng.Chunk("ABCD"u8, []), Data, End)));
        Assert.Equal(ImageMalformed, Uploads.Refusal(Png(Header(1, 1), MinimalPng.Chunk("a1cd"u8, []), Data, End)));
        Assert.Equal(ImageMalformed, Uploads.Refusal(Png(Header(1, 1), Data, MinimalPng.Chunk("IEND"u8, [0]))));
        Assert.Equal(ImageMalformed, Uploads.Refusal(MinimalPng.Valid().AsSpan(..^1)));
        Assert.Equal(ImageMalformed, Uploads.Refusal(PngSignature));
    }

    [Fact]
    public void Png_ChunkLengthBeyondFile_IsMalformed()
    {
        var png = MinimalPng.Valid();
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(33), 0x7FFF_FFFF);

        Assert.Equal(ImageMalformed, Uploads.Refusal(png));
    }

    [Fact]
    public void Png_AnyByteAfterIend_IsPolyglot() => Assert.Equal(Polyglot, Uploads.Refusal([.. MinimalPng.Valid(), 0]));

    // Offsets into MinimalJpeg.Valid(): SOI 0, APP0 2, DQT 20, SOF0 89, DHT 102 and 124, SOS 146, data 156, EOI 157.
    private const int FrameAt = 89;
    private const int ScanAt = 146;
    private const int EoiAt = 157;

    private static byte[] Jpeg => MinimalJpeg.Valid();

    [Fact]
    public void Jpeg_Layout_IsWhatTheTestsAssume()
    {
        Assert.Equal([0xFF, 0xC0], Jpeg[FrameAt..(FrameAt + 2)]);
        Assert.Equal([0xFF, 0xDA], Jpeg[ScanAt..(ScanAt + 2)]);
        Assert.Equal([0xFF, 0xD9], Jpeg[EoiAt..]);
    }

    [Fact]
    public void Jpeg_ZeroPaddingAfterEoi_IsAccepted() => Assert.Null(Uploads.Refusal([.. Jpeg, 0, 0, 0, 0]));

    [Fact]
    public void Jpeg_OtherBytesAfterEoi_ArePolyglot() => Assert.Equal(Polyglot, Uploads.Refusal([.. Jpeg, 0, 0, 1]));

    // Stuffed 0xFF00, restart markers and fill bytes are all legal inside and between scans (T.81 B.1.1.2, B.1.1.5).
    [Fact]
    public void Jpeg_ScanWithStuffingRestartsAndFill_IsAccepted() =>
        Assert.Null(Uploads.Refusal([.. Jpeg[..EoiAt], 0xFF, 0x00, 0x12, 0xFF, 0xD0, 0x34, 0xFF, 0xFF, 0xFF, 0xD9]));

    // A progressive file has several scans, with tables between them.
    [Fact]
    public void Jpeg_SecondScan_IsAccepted() =>
        Assert.Null(Uploads.Refusal([.. Jpeg[..EoiAt], .. Jpeg[102..124], .. Jpeg[ScanAt..EoiAt], 0xFF, 0xD9]));

    [Fact]
    public void Jpeg_StructuralDefects_AreMalformed()
    {
        Assert.Equal(ImageMalformed, Uploads.Refusal([.. Jpeg[..FrameAt], .. Jpeg[102..EoiAt], 0xFF, 0xD9]));
        Assert.Equal(ImageMalformed, Uploads.Refusal([.. Jpeg[..FrameAt], 0x00, .. Jpeg[FrameAt..]]));
        Assert.Equal(ImageMalformed, Uploads.Refusal([.. Jpeg[..FrameAt], 0xFF, 0xD8, .. Jpeg[FrameAt..]]));
        Assert.Equal(ImageMalformed, Uploads.Refusal([.. Jpeg[..ScanAt], .. Jpeg[FrameAt..102], .. Jpeg[ScanAt..]]));
        Assert.Equal(ImageMalformed, Uploads.Refusal([.. Jpeg[..ScanAt], 0xFF, 0xD9]));
        Assert.Equal(ImageMalformed, Uploads.Refusal([.. Jpeg[..(ScanAt + 4)]]));
        Assert.Equal(ImageMalformed, Uploads.Refusal([0xFF, 0xD8, 0xFF]));
        Assert.Equal(ImageMalformed, Uploads.Refusal([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x01]));
    }

    [Theory]
    [InlineData(0, 8)]
    [InlineData(8, 0)]
    [InlineData(10_001, 10_000)]
    public void Jpeg_FrameDimensionsOutOfBounds_AreMalformed(int width, int height) =>
        Assert.Equal(ImageMalformed, Uploads.Refusal(MinimalJpeg.Write((ushort)width, (ushort)height)));

    [Fact]
    public void Jpeg_LargestAcceptedFrame_IsAccepted() => Assert.Null(Uploads.Refusal(MinimalJpeg.Write(10_000, 10_000)));
}
