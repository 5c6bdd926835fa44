using MndCare.Application.Files;
using MndCare.Domain.Consultations.Files;

namespace MndCare.Application.Consultations;

/// <summary>An upload on its way to the encrypted store, held in memory once: read into one buffer of its own length (the
/// inspector needs the whole file; a PDF's cross-references are at its end), then streamed to the store from that buffer.</summary>
/// <remarks>Before, the content was copied into a growing buffer, copied again to an array, and a photo copied twice more
/// while its metadata was removed: about 3 to 5 times the file at once. docs/architecture.md gives the measured figures.</remarks>
public static class UploadContent
{
    private const int ChunkBytes = 81920;

    /// <summary>The content, or null when it is longer than <paramref name="limit"/> (nothing more is read then).</summary>
    /// <param name="content">The upload, read once to its end.</param>
    /// <param name="limit">The most bytes accepted.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<ReadOnlyMemory<byte>?> ReadAsync(Stream content, long limit, CancellationToken cancellationToken)
    {
        if (content.CanSeek)
        {
            // The form reader has already buffered the body (to disk when large), so its length is known before reading.
            var length = content.Length - content.Position;
            if (length > limit)
            {
                return null;
            }
            var exact = GC.AllocateUninitializedArray<byte>(checked((int)length));
            await content.ReadExactlyAsync(exact, cancellationToken);
            return exact;
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkBytes];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.GetBuffer().AsMemory(0, checked((int)buffer.Length));
    }

    /// <summary>What the store encrypts: the inspected content without its photo metadata, read in place from the buffer.</summary>
    /// <param name="content">Content that passed <see cref="UploadInspector"/>.</param>
    /// <param name="kind">Its kind, as the inspector decided.</param>
    public static Stream ForStore(ReadOnlyMemory<byte> content, MedicalFileKind kind) => new PiecesStream(ImageMetadata.Kept(content, kind));
}
