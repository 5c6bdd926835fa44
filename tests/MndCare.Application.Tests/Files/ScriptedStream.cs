namespace MndCare.Application.Tests.Files;

// A read-only source of endless 0x41 bytes that can fail or cancel after a given count, as a client upload might.
public sealed class ScriptedStream(long failAfter = long.MaxValue, Exception? failure = null, CancellationTokenSource? cancelAfter = null) : Stream
{
    public long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (BytesRead >= failAfter)
        {
            if (cancelAfter is not null)
            {
                cancelAfter.Cancel();
                cancelAfter.Token.ThrowIfCancellationRequested();
            }
            throw failure ?? new IOException("The client went away.");
        }
        var count = (int)Math.Min(buffer.Length, Math.Min(1000, failAfter - BytesRead));
        buffer[..count].Fill(0x41);
        BytesRead += count;
        return count;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Read(buffer.Span));
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
