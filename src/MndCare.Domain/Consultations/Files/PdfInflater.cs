using System.Buffers;
using System.IO.Compression;

namespace MndCare.Domain.Consultations.Files;

/// <summary>Decompresses FlateDecode (zlib, RFC 1950) data in chunks, stopping as soon as a byte budget is spent.</summary>
internal static class PdfInflater
{
    private const int ChunkLength = 64 * 1024;

    /// <summary>Decompresses <paramref name="compressed"/>, charging every output byte to <paramref name="budget"/>.</summary>
    /// <param name="compressed">The stream data.</param>
    /// <param name="budget">Bytes still allowed in total; reduced by the output.</param>
    /// <param name="sink">Receives the output, or null to discard it after counting.</param>
    public static InflateOutcome Inflate(ReadOnlySpan<byte> compressed, ref long budget, Stream? sink)
    {
        // RFC 1950 2.2 header: deflate, a valid check value and no preset dictionary (never used in PDF; it crashed a fuzz run).
        if (compressed.Length < 2 || (compressed[0] & 0x0F) != 8 || ((compressed[0] << 8) | compressed[1]) % 31 != 0
            || (compressed[1] & 0x20) != 0)
        {
            return InflateOutcome.Corrupt;
        }
        var input = ArrayPool<byte>.Shared.Rent(compressed.Length);
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkLength);
        try
        {
            compressed.CopyTo(input);
            using var source = new MemoryStream(input, 0, compressed.Length, writable: false);
            using var zlib = new ZLibStream(source, CompressionMode.Decompress);
            while (true)
            {
                var read = zlib.Read(chunk, 0, ChunkLength);
                if (read == 0)
                {
                    return InflateOutcome.Complete;
                }
                budget -= read;
                if (budget < 0)
                {
                    return InflateOutcome.OverBudget;
                }
                sink?.Write(chunk, 0, read);
            }
        }
        catch (InvalidDataException)
        {
            // ZLibStream reports corrupt data only by throwing; to the inspector it is an expected outcome.
            return InflateOutcome.Corrupt;
        }
        catch (IOException)
        {
            // Other native error codes surface as an internal IOException subtype; the source is memory, so no real I/O fails.
            return InflateOutcome.Corrupt;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
            ArrayPool<byte>.Shared.Return(input);
        }
    }
}
