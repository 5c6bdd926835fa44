using System.Buffers.Binary;

namespace MndCare.Application.Files;

/// <summary>The layout of a version 1 blob: a 17-byte header, then chunks of AES-256-GCM ciphertext, each followed by its 16-byte tag.</summary>
/// <remarks>
/// Header: magic "MNDF", version byte 1, 8-byte random nonce prefix, chunk size (4 bytes big-endian, 65,536). Every header byte
/// is either compared exactly or enters the nonce, so changing any of them fails decryption. Chunk i holds plaintext bytes
/// [i·64 KiB, (i+1)·64 KiB); the last chunk may be shorter or empty (an empty file is one empty chunk), so
/// there are max(1, ⌈length / 64 KiB⌉) chunks. Nonce = prefix ‖ i (4 bytes big-endian). AAD = file id ‖ owner id (16 bytes each,
/// big-endian RFC 9562 order) ‖ i (4 bytes big-endian) ‖ final flag (1 on the last chunk, else 0): a blob read as another file or
/// patient, a reordered chunk and a blob cut at a chunk boundary all fail their tags.
/// </remarks>
internal static class BlobFormat
{
    public const byte Version = 1;
    public const int NoncePrefixBytes = 8;
    public const int HeaderBytes = 4 + 1 + NoncePrefixBytes + 4;
    public const int ChunkBytes = 64 * 1024;
    public const int TagBytes = 16;
    public const int NonceBytes = 12;
    public const int AadBytes = 16 + 16 + 4 + 1;

    /// <summary>The magic at the start of every blob; it matches no common file signature.</summary>
    public static ReadOnlySpan<byte> Magic => "MNDF"u8;

    /// <summary>How many chunks hold a plaintext of the given length.</summary>
    public static long ChunkCount(long plaintextLength) =>
        plaintextLength == 0 ? 1 : checked(((plaintextLength - 1) / ChunkBytes) + 1);

    /// <summary>The exact blob length for a plaintext of the given length.</summary>
    public static long BlobLength(long plaintextLength) =>
        checked(HeaderBytes + plaintextLength + (ChunkCount(plaintextLength) * TagBytes));

    /// <summary>Writes the header for a new blob.</summary>
    public static void WriteHeader(Span<byte> header, ReadOnlySpan<byte> noncePrefix)
    {
        Magic.CopyTo(header);
        header[4] = Version;
        noncePrefix.CopyTo(header[5..]);
        BinaryPrimitives.WriteInt32BigEndian(header[(5 + NoncePrefixBytes)..], ChunkBytes);
    }

    /// <summary>Checks magic, version and chunk size and copies out the nonce prefix; false for anything a version 1 writer never makes.</summary>
    public static bool TryReadHeader(ReadOnlySpan<byte> header, Span<byte> noncePrefix)
    {
        if (!header[..4].SequenceEqual(Magic) || header[4] != Version
            || BinaryPrimitives.ReadInt32BigEndian(header[(5 + NoncePrefixBytes)..]) != ChunkBytes)
        {
            return false;
        }
        header.Slice(5, NoncePrefixBytes).CopyTo(noncePrefix);
        return true;
    }

    /// <summary>The nonce of chunk <paramref name="index"/>.</summary>
    public static void Nonce(Span<byte> nonce, ReadOnlySpan<byte> noncePrefix, uint index)
    {
        noncePrefix.CopyTo(nonce);
        BinaryPrimitives.WriteUInt32BigEndian(nonce[NoncePrefixBytes..], index);
    }

    /// <summary>The associated data of chunk <paramref name="index"/>.</summary>
    public static void AssociatedData(Span<byte> aad, Guid fileId, Guid ownerId, uint index, bool final)
    {
        _ = fileId.TryWriteBytes(aad, bigEndian: true, out _);
        _ = ownerId.TryWriteBytes(aad[16..], bigEndian: true, out _);
        BinaryPrimitives.WriteUInt32BigEndian(aad[32..], index);
        aad[36] = final ? (byte)1 : (byte)0;
    }
}
