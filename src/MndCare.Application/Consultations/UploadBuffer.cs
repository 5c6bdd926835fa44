namespace MndCare.Application.Consultations;

/// <summary>Reads an upload once, into a single buffer of its own length, so it is held in memory once while it is inspected
/// and encrypted (the inspector needs the whole file: a PDF's trailer and cross-references are at its end).</summary>
internal static class UploadBuffer
{
    private const int ChunkBytes = 81920;

    /// <summary>The content, or null when it is longer than <paramref name="limit"/> (nothing more is read then).</summary>
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
}
