using System.Buffers.Binary;
using System.Text;

namespace MndCare.Testing.HostileFiles;

/// <summary>Writes a small DICOM Part 10 file: preamble, DICM, file meta information and a 2x2 secondary-capture image.</summary>
/// <remarks>Explicit VR little endian throughout (transfer syntax 1.2.840.10008.1.2.1); UIDs under the 2.25 root.</remarks>
public static class MinimalDicom
{
    private const string SecondaryCapture = "1.2.840.10008.5.1.4.1.1.7";
    private const string ExplicitVrLittleEndian = "1.2.840.10008.1.2.1";
    private const string InstanceUid = "2.25.296409391282651046153396733542213486743";
    private const string ImplementationUid = "2.25.113059749145936325402354257176981405696";

    /// <summary>A valid file with an all-zero preamble.</summary>
    public static byte[] Valid() => Write(new byte[128]);

    /// <summary>A valid file with a TIFF little-endian header at the start of the preamble (PS3.10 section 7.5).</summary>
    public static byte[] WithTiffPreamble() => Write([.. "II*\0"u8, .. new byte[124]]);

    /// <summary>The DICOM/PE polyglot of CVE-2019-11687: "MZ" and a DOS header in the preamble.</summary>
    public static byte[] WithExecutablePreamble()
    {
        var preamble = new byte[128];
        "MZ"u8.CopyTo(preamble);
        // e_lfanew at 0x3C points after the 128-byte preamble, as the published proof of concept does.
        BinaryPrimitives.WriteUInt32LittleEndian(preamble.AsSpan(0x3C), 0x80);
        return Write(preamble);
    }

    /// <summary>A file with the given preamble and, unless <paramref name="transferSyntax"/> is null, a transfer syntax.</summary>
    public static byte[] Write(byte[] preamble, string? transferSyntax = ExplicitVrLittleEndian)
    {
        var meta = new MemoryStream();
        Element(meta, 0x0002, 0x0001, "OB", [0x00, 0x01]);
        Element(meta, 0x0002, 0x0002, "UI", Uid(SecondaryCapture));
        Element(meta, 0x0002, 0x0003, "UI", Uid(InstanceUid));
        if (transferSyntax is not null)
        {
            Element(meta, 0x0002, 0x0010, "UI", Uid(transferSyntax));
        }
        Element(meta, 0x0002, 0x0012, "UI", Uid(ImplementationUid));
        var output = new MemoryStream();
        output.Write(preamble);
        output.Write("DICM"u8);
        var groupLength = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(groupLength, (uint)meta.Length);
        Element(output, 0x0002, 0x0000, "UL", groupLength);
        meta.WriteTo(output);
        Element(output, 0x0008, 0x0016, "UI", Uid(SecondaryCapture));
        Element(output, 0x0008, 0x0018, "UI", Uid(InstanceUid));
        Element(output, 0x0008, 0x0060, "CS", Text("OT"));
        Element(output, 0x0010, 0x0010, "PN", Text("Test^Patient"));
        Element(output, 0x0028, 0x0002, "US", [1, 0]);
        Element(output, 0x0028, 0x0004, "CS", Text("MONOCHROME2"));
        Element(output, 0x0028, 0x0010, "US", [2, 0]);
        Element(output, 0x0028, 0x0011, "US", [2, 0]);
        Element(output, 0x0028, 0x0100, "US", [8, 0]);
        Element(output, 0x0028, 0x0101, "US", [8, 0]);
        Element(output, 0x0028, 0x0102, "US", [7, 0]);
        Element(output, 0x0028, 0x0103, "US", [0, 0]);
        Element(output, 0x7FE0, 0x0010, "OB", [0, 85, 170, 255]);
        return output.ToArray();
    }

    private static void Element(MemoryStream output, ushort group, ushort element, string vr, byte[] value)
    {
        var header = new byte[12];
        BinaryPrimitives.WriteUInt16LittleEndian(header, group);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(2), element);
        Encoding.ASCII.GetBytes(vr, header.AsSpan(4));
        if (vr is "OB" or "OW" or "SQ" or "UN" or "UT")
        {
            BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(8), (uint)value.Length);
            output.Write(header);
        }
        else
        {
            BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(6), (ushort)value.Length);
            output.Write(header.AsSpan(0, 8));
        }
        output.Write(value);
    }

    // UIDs are padded to an even length with NUL, text with a space (PS3.5 sections 6.2 and 9.1).
    private static byte[] Uid(string uid) => Encoding.ASCII.GetBytes(uid.Length % 2 == 0 ? uid : uid + "\0");

    private static byte[] Text(string text) => Encoding.ASCII.GetBytes(text.Length % 2 == 0 ? text : text + " ");
}
