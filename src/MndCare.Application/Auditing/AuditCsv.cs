using System.Globalization;
using System.Text;
using MndCare.Domain.Auditing;
using MndCare.Domain.Time;

namespace MndCare.Application.Auditing;

/// <summary>Writes audit events as CSV (RFC 4180) that spreadsheets open safely: UTF-8 with a byte-order mark, so Excel shows
/// Chinese, and no cell that a spreadsheet would run as a formula.</summary>
/// <remarks>Cells starting with = + - @ (or their full-width forms), tab, carriage return or line feed get a leading apostrophe
/// (OWASP, CSV Injection; security test plan EX-01).</remarks>
public static class AuditCsv
{
    /// <summary>The column headings in English (also the keys of their translations).</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "Sequence", "Local time", "Time (UTC)", "Actor", "Actor id", "Roles", "Clinic id", "Action", "Outcome", "Record type", "Record id",
        "Changes", "Reason", "Details", "Correlation id", "Client", "Hash",
    ];

    private const string LineEnd = "\r\n";

    // What spreadsheets read as the start of a formula, including the full-width forms some of them accept.
    private const string FormulaTriggers = "=+-@\t\r\n＝＋－＠";

    /// <summary>Writes the headings and one row per event to <paramref name="output"/>, flushing as it goes.</summary>
    /// <param name="output">The stream to write to (left open).</param>
    /// <param name="headings">The headings, in the order of <see cref="Columns"/>.</param>
    /// <param name="events">The events.</param>
    /// <param name="timeZoneId">The IANA time zone of the local-time column.</param>
    /// <param name="cancellationToken">Cancels the export.</param>
    public static async Task WriteAsync(Stream output, IReadOnlyList<string> headings, IAsyncEnumerable<AuditRecord> events, string timeZoneId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(headings);
        ArgumentNullException.ThrowIfNull(events);
        if (headings.Count != Columns.Count)
        {
            throw new ArgumentException($"Expected {Columns.Count} headings.", nameof(headings));
        }
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 64 * 1024, leaveOpen: true);
        await writer.WriteAsync(Row(headings));
        await foreach (var e in events.WithCancellation(cancellationToken))
        {
            await writer.WriteAsync(Row(Cells(e, zone)));
        }
        await writer.FlushAsync(cancellationToken);
    }

    /// <summary>One cell: neutralized when a spreadsheet would take it for a formula, quoted when it holds a separator.</summary>
    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }
        var text = FormulaTriggers.Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    /// <summary>The changes of an event as "field: old → new", one per line (∅ for an empty value).</summary>
    public static string Changes(IReadOnlyList<FieldChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        return string.Join("\n", changes.Select(c => $"{c.Field}: {c.Old ?? "∅"} → {c.New ?? "∅"}"));
    }

    private static string Row(IEnumerable<string?> cells) => string.Join(",", cells.Select(Cell)) + LineEnd;

    private static string?[] Cells(AuditRecord e, TimeZoneInfo zone) =>
    [
        e.Sequence.ToString(CultureInfo.InvariantCulture),
        TimeZoneInfo.ConvertTimeFromUtc(e.OccurredAtUtc, zone).ToString(ClinicTime.AuditTimeFormat, CultureInfo.InvariantCulture),
        e.OccurredAtUtc.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
        e.ActorName,
        e.ActorUserId?.ToString("D"),
        e.ActorRole,
        e.ClinicId?.ToString("D"),
        e.Action,
        e.Outcome.ToString(),
        e.EntityType,
        e.EntityId,
        Changes(e.Changes),
        e.Reason,
        e.Details,
        e.CorrelationId,
        e.ClientAddress,
        e.Hash,
    ];
}
