using System.Globalization;
using System.Text;
using MndCare.Application.Auditing;
using MndCare.Application.Safety.Views;

namespace MndCare.Application.Infusions;

/// <summary>A lot's recipients as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheets show Chinese names), headed by
/// the API's field names; cells are neutralised like the audit export (<see cref="AuditCsv.Cell"/>).</summary>
public static class RecipientsCsv
{
    /// <summary>The column headings: the JSON field names of <see cref="RecipientView"/>.</summary>
    public static readonly IReadOnlyList<string> Columns =
        ["recipientCode", "patientId", "nativeName", "latinName", "mrn", "infusionId", "startedAt", "infusionStatus", "unitCodes", "adverseEvents"];

    /// <summary>The file's bytes: the headings and one row per recipient (unit codes separated by spaces; the events that followed the
    /// infusion, the lot a suspect, as "onset term grade N[ serious] causality C" separated by " | ").</summary>
    public static byte[] Write(IReadOnlyList<RecipientView> recipients, IReadOnlyDictionary<string, IReadOnlyList<SuspectEventRow>> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(recipients);
        var text = new StringBuilder();
        text.Append(Row(Columns));
        foreach (var r in recipients)
        {
            text.Append(Row([r.RecipientCode, r.PatientId?.ToString("D"), r.NativeName, r.LatinName, r.Mrn, r.InfusionId.ToString("D"),
                r.StartedAt.ToString("O", CultureInfo.InvariantCulture), r.InfusionStatus, string.Join(" ", r.UnitCodes),
                events.TryGetValue(r.RecipientCode, out var followed) ? string.Join(" | ", followed.Select(Event)) : string.Empty]));
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Event(SuspectEventRow e) => string.Create(CultureInfo.InvariantCulture,
        $"{e.OnsetOn:yyyy-MM-dd} {e.Term} grade {e.Grade}{(e.Serious ? " serious" : "")} causality {e.Causality ?? "notAssessed"}");

    private static string Row(IEnumerable<string?> cells) => string.Join(",", cells.Select(AuditCsv.Cell)) + "\r\n";
}
