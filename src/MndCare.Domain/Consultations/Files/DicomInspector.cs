using System.Buffers;
using System.Buffers.Binary;

namespace MndCare.Domain.Consultations.Files;

/// <summary>Checks the preamble and reads the group 0002 file meta elements of a DICOM Part 10 file.</summary>
/// <remarks>
/// DICOM PS3.10 section 7.1 and PS3.5 section 7.1.2. The 128-byte preamble must be all zeros or start with a TIFF
/// header ("II*\0" or "MM\0*"), the one non-zero use PS3.10 describes (dual-personality TIFF files). Any other preamble
/// is refused as a polyglot: a preamble holding "MZ" makes the file a Windows program that is also valid DICOM
/// (CVE-2019-11687). The file meta elements are explicit VR little endian; they must be in bounds, of defined length,
/// and include a well-formed Transfer Syntax UID (0002,0010). The data set after them is not parsed.
/// </remarks>
internal static class DicomInspector
{
    private const int PreambleLength = 128;
    private const int MetaStart = PreambleLength + 4;
    private const ushort MetaGroup = 0x0002;
    private const ushort TransferSyntaxElement = 0x0010;
    private const int MaxUidLength = 64;

    private static readonly SearchValues<byte> UidCharacters = SearchValues.Create("0123456789."u8);

    /// <summary>Null when the preamble and file meta are acceptable; otherwise why the file is refused.</summary>
    public static UploadRefusalReason? Check(ReadOnlySpan<byte> content)
    {
        var preamble = content[..PreambleLength];
        if (preamble.IndexOfAnyExcept((byte)0) >= 0 && !preamble.StartsWith("II*\0"u8) && !preamble.StartsWith("MM\0*"u8))
        {
            return UploadRefusalReason.Polyglot;
        }
        var position = MetaStart;
        var transferSyntaxValid = false;
        while (content.Length - position >= 8 && BinaryPrimitives.ReadUInt16LittleEndian(content[position..]) == MetaGroup)
        {
            var element = BinaryPrimitives.ReadUInt16LittleEndian(content[(position + 2)..]);
            var vr = content.Slice(position + 4, 2);
            if (vr[0] is < (byte)'A' or > (byte)'Z' || vr[1] is < (byte)'A' or > (byte)'Z')
            {
                return UploadRefusalReason.DicomMalformed;
            }
            long length;
            int header;
            if (HasLongLength(vr))
            {
                if (content.Length - position < 12)
                {
                    return UploadRefusalReason.DicomMalformed;
                }
                // An undefined length (0xFFFFFFFF) is not allowed in the file meta and fails this bound too.
                length = BinaryPrimitives.ReadUInt32LittleEndian(content[(position + 8)..]);
                header = 12;
            }
            else
            {
                length = BinaryPrimitives.ReadUInt16LittleEndian(content[(position + 6)..]);
                header = 8;
            }
            if (length > content.Length - position - header)
            {
                return UploadRefusalReason.DicomMalformed;
            }
            var value = content.Slice(position + header, (int)length);
            if (element == TransferSyntaxElement)
            {
                transferSyntaxValid = IsUid(value);
            }
            position += header + (int)length;
        }
        return transferSyntaxValid ? null : UploadRefusalReason.DicomMalformed;
    }

    // VRs with a 2-byte reserved field and a 4-byte length (PS3.5 table 7.1-1).
    private static bool HasLongLength(ReadOnlySpan<byte> vr) =>
        (vr[0], vr[1]) is ((byte)'O', (byte)'B' or (byte)'D' or (byte)'F' or (byte)'L' or (byte)'V' or (byte)'W')
            or ((byte)'S', (byte)'Q' or (byte)'V')
            or ((byte)'U', (byte)'C' or (byte)'N' or (byte)'R' or (byte)'T' or (byte)'V');

    // A UID is 1-64 characters of digits and single dots, padded to even length with NUL (PS3.5 section 9.1).
    private static bool IsUid(ReadOnlySpan<byte> value)
    {
        var uid = value.TrimEnd((byte)0).TrimEnd((byte)' ');
        if (uid.IsEmpty || uid.Length > MaxUidLength || uid[0] == (byte)'.' || uid[^1] == (byte)'.' || uid.IndexOf(".."u8) >= 0)
        {
            return false;
        }
        return uid.IndexOfAnyExcept(UidCharacters) < 0;
    }
}
