namespace MndCare.Application.Files;

/// <summary>A read-only stream over pieces of memory, read one after another without joining them into one copy.</summary>
internal sealed class PiecesStream(IReadOnlyList<ReadOnlyMemory<byte>> pieces) : Stream
{
    private int _piece;
    private int _offset;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(Span<byte> buffer)
    {
        var copied = 0;
        while (copied < buffer.Length && _piece < pieces.Count)
        {
            var rest = pieces[_piece].Span[_offset..];
            var count = Math.Min(rest.Length, buffer.Length - copied);
            rest[..count].CopyTo(buffer[copied..]);
            copied += count;
            _offset += count;
            if (_offset == pieces[_piece].Length)
            {
                _piece++;
                _offset = 0;
            }
        }
        return copied;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
