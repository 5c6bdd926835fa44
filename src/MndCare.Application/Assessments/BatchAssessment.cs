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
    /// <param name="input">JSON Lines, UTF-8.</param>
    /// <param name="output">Receives one JSON line per case.</param>
    /// <param name="today">Dates after this are errors.</param>
    /// <param name="cancellationToken">Stops between lines.</param>
    public async Task<Summary> RunAsync(TextReader input, Stream output, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        var buffer = new ArrayBufferWriterStream(output);
        await using var json = new Utf8JsonWriter(buffer, WriterOptions);
        int cases = 0, malformed = 0;
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            cases++;
            var wellFormed = CaseReader.TryRead(line, today, out var clinicalCase);
            if (!wellFormed)
            {
                malformed++;
            }
            CaseWriter.Write(json, wellFormed ? evaluator.Evaluate(clinicalCase) : CaseEvaluator.Unreadable(clinicalCase));
            json.Flush();
            json.Reset();
            buffer.WriteByte((byte)'\n');
            if (buffer.Length > 64 * 1024)
            {
                await buffer.FlushAsync(cancellationToken);
            }
        }
        await buffer.FlushAsync(cancellationToken);
        return new Summary(cases, malformed);
    }

    /// <summary>Batches small writes in memory before they reach the output stream.</summary>
    private sealed class ArrayBufferWriterStream(Stream inner) : MemoryStream
    {
        public override async Task FlushAsync(CancellationToken cancellationToken)
        {
            if (Length > 0)
            {
                await inner.WriteAsync(GetBuffer().AsMemory(0, (int)Length), cancellationToken);
                SetLength(0);
            }
            await inner.FlushAsync(cancellationToken);
        }
    }
}
