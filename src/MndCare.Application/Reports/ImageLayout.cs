using PdfSharp.Drawing;

namespace MndCare.Application.Reports;

/// <summary>Places a <see cref="ReportImage"/>: the picture across the body width (never taller than a page allows) and its caption, kept together.</summary>
internal sealed class ImageLayout(LayoutCursor cursor, ReportImage image)
{
    private const double CaptionGap = 4;

    // The picture may use at most this share of an empty page, so the caption always fits under it.
    private const double MaxPageShare = 0.8;

    private readonly (double Width, double Height) _size = Fit(cursor, image);

    /// <summary>The height of the picture and its caption.</summary>
    public double Height => _size.Height + CaptionGap + (Caption.Count * ReportTheme.Footer.LineHeight);

    private List<string> Caption => cursor.Text.Wrap(image.Caption, ReportTheme.Footer, cursor.ContentWidth);

    /// <summary>Draws the picture and its caption, on the next page when they do not fit on this one.</summary>
    public void Draw()
    {
        cursor.EnsureSpace(Height);
        using var stream = new MemoryStream(image.Png, writable: false);
        using var picture = XImage.FromStream(stream);
        cursor.Graphics.DrawImage(picture, cursor.Left, cursor.Y, _size.Width, _size.Height);
        cursor.Advance(_size.Height + CaptionGap);
        cursor.Lines(Caption, ReportTheme.Footer);
    }

    private static (double Width, double Height) Fit(LayoutCursor cursor, ReportImage image)
    {
        var (pixelWidth, pixelHeight) = PngSize(image.Png);
        var width = cursor.ContentWidth;
        var height = width * pixelHeight / pixelWidth;
        var limit = cursor.BodyHeight * MaxPageShare;
        return height <= limit ? (width, height) : (width * limit / height, limit);
    }

    // The size from the PNG header (the IHDR chunk follows the 8-byte signature: length, type, then width and height, big-endian); W3C PNG, 11.2.2.
    private static (double Width, double Height) PngSize(byte[] png)
    {
        ReadOnlySpan<byte> signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        if (png.Length < 24 || !png.AsSpan(0, 8).SequenceEqual(signature))
        {
            throw new ArgumentException("A report image must be a PNG.", nameof(png));
        }
        return (System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(16, 4)), System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(20, 4)));
    }
}
