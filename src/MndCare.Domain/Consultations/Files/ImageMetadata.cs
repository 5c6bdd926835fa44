using System.Buffers.Binary;

namespace MndCare.Domain.Consultations.Files;

/// <summary>Removes the metadata a phone or editor writes into a photo (location, device, author, comments, edit
/// history) before the file is stored, keeping only what is needed to show the picture as taken.</summary>
/// <remarks>
/// Security test plan UP-05: no GPS, Artist or Comment survives. Pixels are never re-encoded, so the clinical
/// picture is unchanged to the bit. JPEG (ITU-T T.81 Annex B): APP0 (JFIF), APP2 ICC profiles and APP14 (Adobe
/// colour transform) are kept; EXIF is replaced by a minimal EXIF holding only its orientation (CIPA DC-008 tag
/// 0x0112), so an upright photo stays upright; every other APPn and COM before the first scan is dropped. PNG (third
/// edition, section 11.3): the text, EXIF and time chunks (tEXt, zTXt, iTXt, eXIf, tIME) are dropped. Input must
/// already have passed <see cref="UploadInspector"/>; other kinds are returned unchanged.
/// </remarks>
public static class ImageMetadata
{
    private const byte App0 = 0xE0;
    private const byte App1 = 0xE1;
    private const byte App2 = 0xE2;
    private const byte App14 = 0xEE;
    private const byte Comment = 0xFE;
    private const ushort OrientationTag = 0x0112;
    private const ushort ShortType = 3;

    private static ReadOnlySpan<byte> ExifHeader => "Exif\0\0"u8;

    private static ReadOnlySpan<byte> IccHeader => "ICC_PROFILE\0"u8;

    /// <summary>The content to store: <paramref name="content"/> without its metadata (the same array for PDF and DICOM).</summary>
    /// <param name="content">An inspected upload.</param>
    /// <param name="kind">Its kind, as the inspector decided.</param>
    public static byte[] Strip(byte[] content, MedicalFileKind kind)
    {
        ArgumentNullException.ThrowIfNull(content);
        var kept = Kept(content, kind);
        return kept is [var whole] && whole.Length == content.Length ? content : [.. kept.SelectMany(piece => piece.ToArray())];
    }

    /// <summary>The content to store as pieces to write one after another: slices of <paramref name="content"/> (never copied)
    /// and, for a JPEG with an orientation, a small replacement EXIF segment. PDF and DICOM are one piece, the whole content.</summary>
    /// <param name="content">An inspected upload.</param>
    /// <param name="kind">Its kind, as the inspector decided.</param>
    public static IReadOnlyList<ReadOnlyMemory<byte>> Kept(ReadOnlyMemory<byte> content, MedicalFileKind kind) => kind switch
    {
        MedicalFileKind.Jpeg => KeptOfJpeg(content),
        MedicalFileKind.Png => KeptOfPng(content),
        MedicalFileKind.Pdf or MedicalFileKind.Dicom => [content],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown file kind."),
    };

    private static List<ReadOnlyMemory<byte>> KeptOfJpeg(ReadOnlyMemory<byte> memory)
    {
        var content = memory.Span;
        var output = new Pieces(memory);
        output.Write(0, 2);
        var position = 2;
        while (position < content.Length)
        {
            while (position < content.Length && content[position] == JpegInspector.Marker)
            {
                position++;
            }
            var marker = content[position];
            var start = position - 1;
            if (marker == JpegInspector.StartOfScan)
            {
                // From the first scan on, everything is image data, kept byte for byte.
                output.Write(start, content.Length - start);
                break;
            }
            if (marker is 0x01 or >= 0xD0 and <= 0xD7)
            {
                output.Write(start, 2);
                position++;
                continue;
            }
            int length = BinaryPrimitives.ReadUInt16BigEndian(content[(position + 1)..]);
            var payload = content.Slice(start + 4, length - 2);
            position += 1 + length;
            switch (marker)
            {
                case App0 or App14:
                case App2 when payload.StartsWith(IccHeader):
                    output.Write(start, length + 2);
                    break;
                case App1 when payload.StartsWith(ExifHeader):
                    if (Orientation(payload[ExifHeader.Length..]) is { } orientation)
                    {
                        output.Add(MinimalExif(orientation));
                    }
                    break;
                case >= App0 and <= 0xEF or Comment:
                    break;
                default:
                    output.Write(start, length + 2);
                    break;
            }
        }
        return output.List;
    }

    // The orientation (1-8) from IFD0 of an EXIF TIFF structure, or null when absent or malformed.
    private static ushort? Orientation(ReadOnlySpan<byte> tiff)
    {
        if (tiff.Length < 8 || !(tiff.StartsWith("II"u8) || tiff.StartsWith("MM"u8)))
        {
            return null;
        }
        var little = tiff[0] == (byte)'I';
        var ifd = little ? BinaryPrimitives.ReadUInt32LittleEndian(tiff[4..]) : BinaryPrimitives.ReadUInt32BigEndian(tiff[4..]);
        if (U16(tiff, 2, little) != 42 || ifd > (uint)(tiff.Length - 2))
        {
            return null;
        }
        var count = U16(tiff, (int)ifd, little);
        for (var i = 0; i < count; i++)
        {
            var entry = (int)ifd + 2 + (12 * i);
            if (entry + 12 > tiff.Length)
            {
                return null;
            }
            if (U16(tiff, entry, little) == OrientationTag && U16(tiff, entry + 2, little) == ShortType)
            {
                var value = U16(tiff, entry + 8, little);
                return value is >= 1 and <= 8 ? value : null;
            }
        }
        return null;
    }

    private static ushort U16(ReadOnlySpan<byte> data, int at, bool little) =>
        little ? BinaryPrimitives.ReadUInt16LittleEndian(data[at..]) : BinaryPrimitives.ReadUInt16BigEndian(data[at..]);

    // APP1 "Exif" with a little-endian TIFF header and one IFD0 entry: Orientation (SHORT, count 1).
    private static byte[] MinimalExif(ushort orientation)
    {
        byte[] segment =
        [
            JpegInspector.Marker, App1, 0x00, 0x22, (byte)'E', (byte)'x', (byte)'i', (byte)'f', 0x00, 0x00,
            (byte)'I', (byte)'I', 0x2A, 0x00, 0x08, 0x00, 0x00, 0x00,
            0x01, 0x00,
            0x12, 0x01, 0x03, 0x00, 0x01, 0x00, 0x00, 0x00, (byte)orientation, 0x00, 0x00, 0x00,
            0x00, 0x00, 0x00, 0x00,
        ];
        return segment;
    }

    private static List<ReadOnlyMemory<byte>> KeptOfPng(ReadOnlyMemory<byte> memory)
    {
        var content = memory.Span;
        var output = new Pieces(memory);
        output.Write(0, PngInspector.SignatureLength);
        var position = PngInspector.SignatureLength;
        while (position < content.Length)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(content[position..]);
            var chunkLength = PngInspector.ChunkOverhead + length;
            var type = content.Slice(position + 4, 4);
            if (!(type.SequenceEqual("tEXt"u8) || type.SequenceEqual("zTXt"u8) || type.SequenceEqual("iTXt"u8)
                || type.SequenceEqual("eXIf"u8) || type.SequenceEqual("tIME"u8)))
            {
                output.Write(position, chunkLength);
            }
            position += chunkLength;
        }
        return output.List;
    }

    /// <summary>The pieces kept, with neighbouring slices of the original merged into one.</summary>
    private sealed class Pieces(ReadOnlyMemory<byte> original)
    {
        private int _runStart = -1;
        private int _runEnd = -1;

        public List<ReadOnlyMemory<byte>> List { get; } = [];

        /// <summary>Keeps <paramref name="length"/> bytes of the original from <paramref name="start"/>.</summary>
        public void Write(int start, int length)
        {
            if (start == _runEnd && List.Count > 0)
            {
                _runEnd = start + length;
                List[^1] = original[_runStart.._runEnd];
                return;
            }
            _runStart = start;
            _runEnd = start + length;
            List.Add(original.Slice(start, length));
        }

        /// <summary>Adds bytes that are not in the original.</summary>
        public void Add(byte[] bytes)
        {
            List.Add(bytes);
            _runEnd = -1;
        }
    }
}
