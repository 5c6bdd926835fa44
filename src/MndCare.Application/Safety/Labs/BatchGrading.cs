using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MndCare.Domain.Safety.Labs;

namespace MndCare.Application.Safety.Labs;

/// <summary>Runs the `mndcare grade` contract over JSON Lines: one answer per non-blank line, same order, never stopping on a bad case.</summary>
/// <remarks>Contract: docs/instruments/grade-contract.md. Grading: <see cref="CtcaeLabGrader"/> (CTCAE v5.0).</remarks>
public static class BatchGrading
{
    /// <summary>The error of a line that is not a JSON object.</summary>
    public const string InvalidJson = "invalidJson";

    /// <summary>The error of a numeric field that is not a JSON number a decimal can hold.</summary>
    public const string InvalidNumber = "invalidNumber";

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly string[] NumberFields = ["value", "upperLimitOfNormal", "lowerLimitOfNormal", "baseline", "durationHours"];

    /// <summary>What a run did.</summary>
    /// <param name="Cases">Lines answered (blank lines are skipped).</param>
    /// <param name="MalformedLines">Lines that were not JSON objects (answered with invalidJson).</param>
    public sealed record Summary(int Cases, int MalformedLines);

    /// <summary>Grades every line of <paramref name="input"/> and writes one answer line each to <paramref name="output"/>.</summary>
    /// <param name="input">JSON Lines, UTF-8.</param>
    /// <param name="output">Receives one JSON line per case.</param>
    /// <param name="cancellationToken">Stops between lines.</param>
    public static Summary Run(Stream input, Stream output, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(input, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        using var json = new Utf8JsonWriter(output, WriterOptions);
        int cases = 0, malformed = 0;
        while (reader.ReadLine() is { } line)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            cases++;
            if (!Answer(json, line))
            {
                malformed++;
            }
            json.Flush();
            json.Reset();
            output.Write("\n"u8);
        }
        output.Flush();
        return new Summary(cases, malformed);
    }

    // Writes the answer to one line; false when the line is not a JSON object.
    private static bool Answer(Utf8JsonWriter json, string line)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException)
        {
            WriteError(json, default, InvalidJson);
            return false;
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                WriteError(json, default, InvalidJson);
                return false;
            }
            var id = root.TryGetProperty("id", out var idElement) ? idElement : default;
            if (!NumberFields.All(f => IsNumberOrAbsent(root, f)))
            {
                WriteError(json, id, InvalidNumber);
                return true;
            }
            var result = CtcaeLabGrader.Grade(new LabCase(Text(root, "test"), Number(root, "value"), Text(root, "unit"),
                Number(root, "upperLimitOfNormal"), Number(root, "lowerLimitOfNormal"), Number(root, "baseline"), Number(root, "durationHours")));
            if (!result.IsSuccess)
            {
                WriteError(json, id, result.Errors[0].Code);
                return true;
            }
            json.WriteStartObject();
            WriteId(json, id);
            json.WriteString("term", result.Value.Term);
            json.WriteNumber("grade", result.Value.Grade);
            json.WriteString("ctcaeVersion", result.Value.CtcaeVersion);
            json.WriteEndObject();
            return true;
        }
    }

    private static bool IsNumberOrAbsent(JsonElement root, string name) =>
        !root.TryGetProperty(name, out var e) || e.ValueKind == JsonValueKind.Null || (e.ValueKind == JsonValueKind.Number && e.TryGetDecimal(out _));

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;

    private static decimal? Number(JsonElement root, string name) =>
        root.TryGetProperty(name, out var e) && e.ValueKind == JsonValueKind.Number ? e.GetDecimal() : null;

    private static void WriteError(Utf8JsonWriter json, JsonElement id, string code)
    {
        json.WriteStartObject();
        WriteId(json, id);
        json.WriteString("error", code);
        json.WriteEndObject();
    }

    // The id is echoed as given (string or number); anything else, or none, is null.
    private static void WriteId(Utf8JsonWriter json, JsonElement id)
    {
        json.WritePropertyName("id");
        if (id.ValueKind is JsonValueKind.String or JsonValueKind.Number)
        {
            id.WriteTo(json);
        }
        else
        {
            json.WriteNullValue();
        }
    }
}
