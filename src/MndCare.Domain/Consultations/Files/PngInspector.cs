using System.Buffers.Binary;

namespace MndCare.Domain.Consultations.Files;

/// <summary>Walks the chunks of a PNG: IHDR first, every chunk in bounds, and IEND as the very last bytes.</summary>
/// <remarks>
/// PNG specification (third edition), sections 5.3 and 11.2. Chunk CRCs are not verified: they guard against
/// transmission errors, not attackers, who can recompute them. IDAT is not decompressed; the pixel-count bound limits
/// what a decoder will allocate. Metadata chunks (tEXt, iTXt, eXIf) pass inspection: they are inert when served as
/// image/png with nosniff, and <see cref="ImageMetadata"/> removes them before the file is stored.
/// </remarks>
internal static class PngInspector
{
    internal const int SignatureLength = 8;
    internal const int ChunkOverhead = 12;
    private const int HeaderLength = 13;

    /// <summary>Null when the PNG is well formed; otherwise why it is refused.</summary>
    public static UploadRefusalReason? Check(ReadOnlySpan<byte> content)
    {
        var position = SignatureLength;
        var sawHeader = false;
        var sawData = false;
        while (true)
        {
            if (content.Length - position < ChunkOverhead)
            {
                return UploadRefusalReason.ImageMalformed;
            }
            var length = BinaryPrimitives.ReadUInt32BigEndian(content[position..]);
            var type = content.Slice(position + 4, 4);
            // Chunk lengths are at most 2^31-1 (section 5.3); the subtraction cannot overflow because of the check above.
            if (length > int.MaxValue || length > (uint)(content.Length - position - ChunkOverhead) || !IsChunkType(type))
            {
                return UploadRefusalReason.ImageMalformed;
            }
            var data = content.Slice(position + 8, (int)length);
            position += ChunkOverhead + (int)length;
            if (!sawHeader)
            {
                if (!type.SequenceEqual("IHDR"u8) || !IsValidHeader(data))
                {
                    return UploadRefusalReason.ImageMalformed;
                }
                sawHeader = true;
            }
            else if (type.SequenceEqual("IEND"u8))
            {
                if (length != 0 || !sawData)
                {
                    return UploadRefusalReason.ImageMalformed;
                }
                return position == content.Length ? null : UploadRefusalReason.Polyglot;
            }
            else if (type.SequenceEqual("IDAT"u8))
            {
                sawData = true;
            }
            else if (IsCritical(type) && !type.SequenceEqual("PLTE"u8))
            {
                // A second IHDR, or a critical chunk no decoder knows: decoders must refuse it, and so do we.
                return UploadRefusalReason.ImageMalformed;
            }
        }
    }

    private static bool IsChunkType(ReadOnlySpan<byte> type)
    {
        foreach (var b in type)
        {
            if (b is not (>= (byte)'A' and <= (byte)'Z' or >= (byte)'a' and <= (byte)'z'))
            {
                return false;
            }
        }
        return true;
    }

    // Bit 5 of the first byte is the ancillary bit: upper case means critical (section 5.4).
    private static bool IsCritical(ReadOnlySpan<byte> type) => type[0] is >= (byte)'A' and <= (byte)'Z';

    private static bool IsValidHeader(ReadOnlySpan<byte> header)
    {
        if (header.Length != HeaderLength)
        {
            return false;
        }
        var width = BinaryPrimitives.ReadUInt32BigEndian(header);
        var height = BinaryPrimitives.ReadUInt32BigEndian(header[4..]);
        var (bitDepth, colourType) = (header[8], header[9]);
        // Allowed bit depths per colour type (section 11.2.1, table 11.1); compression and filter method are 0.
        var depthAllowed = colourType switch
        {
            0 => bitDepth is 1 or 2 or 4 or 8 or 16,
            3 => bitDepth is 1 or 2 or 4 or 8,
            2 or 4 or 6 => bitDepth is 8 or 16,
            _ => false,
        };
        return depthAllowed && header[10] == 0 && header[11] == 0 && header[12] is 0 or 1
            && ImageLimits.IsAcceptable(width, height);
    }
}
