using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace MndCare.Testing.HostileFiles;

/// <summary>Writes real PNG files: signature, IHDR, zlib IDAT and IEND, with correct CRCs.</summary>
public static class MinimalPng
{
    private static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>A valid 8-bit greyscale image of the given size with a horizontal gradient.</summary>
    public static byte[] Valid(int width = 4, int height = 4) => Build((uint)width, (uint)height, Pixels(width, height));

    /// <summary>A PNG whose header declares the given size, with a tiny IDAT: a decoder would allocate width times height.</summary>
    public static byte[] DeclaringSize(uint width, uint height) => Build(width, height, Pixels(1, 1));

    /// <summary>A valid PNG with an extra ancillary chunk before IEND.</summary>
    /// <param name="type">Four ASCII letters, lower case first (ancillary).</param>
    /// <param name="data">The chunk data.</param>
    public static byte[] WithChunk(string type, byte[] data) =>
        Build(4, 4, Pixels(4, 4), (Encoding.ASCII.GetBytes(type), data));

    /// <summary>One chunk: length, type, data and CRC over type and data.</summary>
    public static byte[] Chunk(ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, (uint)data.Length);
        type.CopyTo(chunk.AsSpan(4));
        data.CopyTo(chunk.AsSpan(8));
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc32.Compute(chunk.AsSpan(4, 4 + data.Length)));
        return chunk;
    }

    private static byte[] Build(uint width, uint height, byte[] scanlines, params (byte[] Type, byte[] Data)[] extra)
    {
        var header = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(header, width);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), height);
        // Bit depth 8, colour type 0 (greyscale), compression 0, filter 0, no interlace.
        header[8] = 8;
        var output = new MemoryStream();
        output.Write(Signature);
        output.Write(Chunk("IHDR"u8, header));
        output.Write(Chunk("IDAT"u8, Zlib(scanlines)));
        foreach (var (type, data) in extra)
        {
            output.Write(Chunk(type, data));
        }
        output.Write(Chunk("IEND"u8, []));
        return output.ToArray();
    }

    // Each row is filter type 0 followed by one byte per pixel.
    private static byte[] Pixels(int width, int height)
    {
        var rows = new byte[height * (width + 1)];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                rows[(y * (width + 1)) + 1 + x] = (byte)(x * 255 / Math.Max(1, width - 1));
            }
        }
        return rows;
    }

    private static byte[] Zlib(byte[] data)
    {
        var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(data);
        }
        return output.ToArray();
    }
}
