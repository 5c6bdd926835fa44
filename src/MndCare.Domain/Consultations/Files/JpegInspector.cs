using System.Buffers.Binary;

namespace MndCare.Domain.Consultations.Files;

/// <summary>Walks the marker segments of a JPEG from SOI through each scan to EOI.</summary>
/// <remarks>
/// ITU-T T.81 (JPEG), Annex B. Exactly one frame header (SOFn) with non-zero dimensions within the pixel bound must come
/// before the first scan; after EOI only zero padding may follow. Bytes between segments, a second SOI, or a missing EOI
/// make the image malformed. Data after EOI is refused as a polyglot, which also refuses phone "motion photos" (a video
/// appended after EOI) and multi-picture (MPF) files: both are uncommon for clinical uploads and re-saving fixes them.
/// </remarks>
internal static class JpegInspector
{
    internal const byte Marker = 0xFF;
    private const byte StartOfImage = 0xD8;
    private const byte EndOfImage = 0xD9;
    internal const byte StartOfScan = 0xDA;
    private const int FrameHeaderMinimum = 8;

    /// <summary>Null when the JPEG is well formed; otherwise why it is refused.</summary>
    public static UploadRefusalReason? Check(ReadOnlySpan<byte> content)
    {
        var position = 2;
        var sawFrame = false;
        var sawScan = false;
        while (true)
        {
            if (position >= content.Length || content[position] != Marker)
            {
                return UploadRefusalReason.ImageMalformed;
            }
            // Any number of 0xFF fill bytes may precede a marker (T.81 B.1.1.2).
            while (position < content.Length && content[position] == Marker)
            {
                position++;
            }
            if (position >= content.Length)
            {
                return UploadRefusalReason.ImageMalformed;
            }
            var marker = content[position++];
            if (marker == EndOfImage)
            {
                return sawScan ? Trailer(content[position..]) : UploadRefusalReason.ImageMalformed;
            }
            if (marker is StartOfImage or 0x00)
            {
                return UploadRefusalReason.ImageMalformed;
            }
            if (marker is 0x01 or >= 0xD0 and <= 0xD7)
            {
                // TEM and RSTn stand alone, without a length.
                continue;
            }
            if (content.Length - position < 2)
            {
                return UploadRefusalReason.ImageMalformed;
            }
            int length = BinaryPrimitives.ReadUInt16BigEndian(content[position..]);
            if (length < 2 || length > content.Length - position)
            {
                return UploadRefusalReason.ImageMalformed;
            }
            var segment = content.Slice(position + 2, length - 2);
            position += length;
            if (IsFrameHeader(marker))
            {
                if (sawFrame || !IsValidFrame(segment))
                {
                    return UploadRefusalReason.ImageMalformed;
                }
                sawFrame = true;
            }
            else if (marker == StartOfScan)
            {
                if (!sawFrame || segment.Length < 4 || segment.Length != 4 + (2 * segment[0]) || segment[0] == 0)
                {
                    return UploadRefusalReason.ImageMalformed;
                }
                sawScan = true;
                position = EndOfEntropyCodedData(content, position);
                if (position < 0)
                {
                    return UploadRefusalReason.ImageMalformed;
                }
            }
        }
    }

    // SOF0-SOF15 except DHT (C4), JPG (C8) and DAC (CC), which share the range.
    private static bool IsFrameHeader(byte marker) => marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC);

    private static bool IsValidFrame(ReadOnlySpan<byte> frame)
    {
        if (frame.Length < FrameHeaderMinimum - 2)
        {
            return false;
        }
        int height = BinaryPrimitives.ReadUInt16BigEndian(frame[1..]);
        int width = BinaryPrimitives.ReadUInt16BigEndian(frame[3..]);
        var components = frame[5];
        return components > 0 && frame.Length == 6 + (3 * components) && ImageLimits.IsAcceptable(width, height);
    }

    // Returns the position of the marker that ends the scan, or -1 when the data ends first.
    private static int EndOfEntropyCodedData(ReadOnlySpan<byte> content, int position)
    {
        while (true)
        {
            var next = content[position..].IndexOf(Marker);
            if (next < 0 || position + next + 1 >= content.Length)
            {
                return -1;
            }
            var at = position + next;
            var following = content[at + 1];
            // 0xFF00 is a stuffed data byte, RSTn continue the scan, and 0xFFFF is fill before a marker.
            if (following is 0x00 or >= 0xD0 and <= 0xD7)
            {
                position = at + 2;
            }
            else if (following == Marker)
            {
                position = at + 1;
            }
            else
            {
                return at;
            }
        }
    }

    private static UploadRefusalReason? Trailer(ReadOnlySpan<byte> trailer) =>
        trailer.IndexOfAnyExcept((byte)0) < 0 ? null : UploadRefusalReason.Polyglot;
}
