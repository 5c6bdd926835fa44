using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace MndCare.Application.Assessments;

/// <summary>Runs the `mndcare assess` contract over JSON Lines: one output line per input line, same order, never stopping on a bad case.</summary>
public sealed class BatchAssessment(CaseEvaluator evaluator)
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>What a run did.</summary>
    /// <param name="Cases">Lines answered (blank lines are skipped).</param>
    /// <param name="MalformedLines">Lines that were not JSON objects (answered with invalidJson).</param>
    public sealed record Summary(int Cases, int MalformedLines);

    /// <summary>Assesses every line of <paramref name="input"/> and writes the answers to <paramref name="output"/>.</summary>
    /// <param name="input">JSON Lines, UTF-8 (an initial byte-order mark is skipped).</param>
    /// <param name="output">Receives one JSON line per case.</param>
    /// <param name="today">Dates after this are errors.</param>
    /// <param name="cancellationToken">Stops between lines.</param>
    public Summary Run(Stream input, Stream output, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        // The writer fills memory; the output stream sees one write per 64 KiB, not one flush per line.
        var pending = new ArrayBufferWriter<byte>(1 << 17);
        using var json = new Utf8JsonWriter(pending, WriterOptions);
        int cases = 0, malformed = 0;
        foreach (var line in Lines(input))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (line.Span.Trim(" \t\r"u8).IsEmpty)
            {
                continue;
            }
            cases++;
            var wellFormed = CaseReader.TryRead(line.Span, today, out var clinicalCase);
            if (!wellFormed)
            {
                malformed++;
            }
            CaseWriter.Write(json, wellFormed ? evaluator.Evaluate(clinicalCase) : CaseEvaluator.Unreadable(clinicalCase));
            json.Flush();
            json.Reset();
            pending.Write("\n"u8);
            if (pending.WrittenCount >= 1 << 16)
            {
                output.Write(pending.WrittenSpan);
                pending.ResetWrittenCount();
            }
        }
        output.Write(pending.WrittenSpan);
        output.Flush();
        return new Summary(cases, malformed);
    }

    /// <summary>Splits a stream into lines without decoding them; each line's memory is valid until the next one.</summary>
    private static IEnumerable<ReadOnlyMemory<byte>> Lines(Stream input)
    {
        var buffer = new byte[1 << 16];
        int start = 0, end = 0;
        var first = true;
        while (true)
        {
            var newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                yield return buffer.AsMemory(start, newline);
                start += newline + 1;
                continue;
            }
            if (start > 0)
            {
                Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                end -= start;
                start = 0;
            }
            if (end == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }
            var read = input.Read(buffer, end, buffer.Length - end);
            if (read == 0)
            {
                if (end > start)
                {
                    yield return buffer.AsMemory(start, end - start);
                }
                yield break;
            }
            if (first && read + end >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF)
            {
                start = 3;
            }
            first = false;
            end += read;
        }
    }
}
