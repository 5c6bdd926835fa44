using System.Buffers.Binary;

namespace MndCare.Domain.Consultations.Files;

/// <summary>Finds a ZIP end-of-central-directory record that ends the file, which makes any file a valid ZIP.</summary>
/// <remarks>ZIP readers search backwards from the end (APPNOTE 4.3.16), so a ZIP can hide inside a PDF comment, a PNG
/// chunk or a DICOM element and still open. Requiring the record's comment length to reach the last byte exactly makes
/// a chance match in compressed data (about 2^-48 per position) negligible.</remarks>
internal static class ZipTail
{
    private const int RecordLength = 22;
    private const int CommentLengthOffset = 20;
    private const int MaxCommentLength = ushort.MaxValue;

    /// <summary>True when an end-of-central-directory record, with its comment, ends exactly at the last byte.</summary>
    public static bool EndsWithCentralDirectory(ReadOnlySpan<byte> content)
    {
        if (content.Length < RecordLength)
        {
            return false;
        }
        var tail = content[Math.Max(0, content.Length - RecordLength - MaxCommentLength)..];
        var searchEnd = tail.Length;
        while (true)
        {
            var at = tail[..searchEnd].LastIndexOf("PK\x05\x06"u8);
            if (at < 0)
            {
                return false;
            }
            if (tail.Length - at >= RecordLength
                && BinaryPrimitives.ReadUInt16LittleEndian(tail[(at + CommentLengthOffset)..]) == tail.Length - at - RecordLength)
            {
                return true;
            }
            // Keep searching before this candidate: a match must now start before "at".
            searchEnd = at + 3;
        }
    }
}
