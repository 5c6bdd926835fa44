using System.Buffers.Binary;
using System.Text;

namespace MndCare.Testing.HostileFiles;

/// <summary>Writes a real baseline JFIF JPEG: one 8x8 greyscale block of mid grey.</summary>
/// <remarks>Each Huffman table has a single one-bit code "0": for DC difference category 0 and for end-of-block, so the
/// only block encodes as the bits 00, padded with ones to the byte 0x3F (ITU-T T.81, F.1.2 and F.1.2.3).</remarks>
public static class MinimalJpeg
{
    /// <summary>A valid 8x8 JPEG.</summary>
    public static byte[] Valid() => Write(8, 8);

    /// <summary>The valid 8x8 JPEG with more marker segments (such as APPn metadata) after its APP0.</summary>
    public static byte[] WithSegments(params (byte Marker, byte[] Data)[] segments) => Write(8, 8, segments);

    /// <summary>The same JPEG with a frame header that declares another size (the scan data stays 8x8).</summary>
    public static byte[] Write(ushort width, ushort height, params (byte Marker, byte[] Data)[] extra)
    {
        var output = new MemoryStream();
        output.Write([0xFF, 0xD8]);
        // APP0 JFIF 1.01, no density units, 1:1, no thumbnail.
        Segment(output, 0xE0, [.. Encoding.ASCII.GetBytes("JFIF\0"), 1, 1, 0, 0, 1, 0, 1, 0, 0]);
        foreach (var (marker, data) in extra)
        {
            Segment(output, marker, data);
        }
        // DQT: table 0, 8-bit precision, all ones.
        Segment(output, 0xDB, [0x00, .. Enumerable.Repeat((byte)1, 64)]);
        var frame = new byte[9];
        frame[0] = 8;
        BinaryPrimitives.WriteUInt16BigEndian(frame.AsSpan(1), height);
        BinaryPrimitives.WriteUInt16BigEndian(frame.AsSpan(3), width);
        // One component: id 1, sampling 1x1, quantization table 0.
        (frame[5], frame[6], frame[7], frame[8]) = (1, 1, 0x11, 0);
        Segment(output, 0xC0, frame);
        // DHT: DC table 0 and AC table 0, each with one code of length 1 for symbol 0.
        Segment(output, 0xC4, [0x00, 1, .. new byte[15], 0x00]);
        Segment(output, 0xC4, [0x10, 1, .. new byte[15], 0x00]);
        // SOS: one component using tables 0/0, spectral selection 0-63, no approximation.
        Segment(output, 0xDA, [1, 1, 0x00, 0, 63, 0]);
        output.Write([0x3F, 0xFF, 0xD9]);
        return output.ToArray();
    }

    private static void Segment(MemoryStream output, byte marker, byte[] data)
    {
        output.Write([0xFF, marker, (byte)((data.Length + 2) >> 8), (byte)(data.Length + 2)]);
        output.Write(data);
    }
}
