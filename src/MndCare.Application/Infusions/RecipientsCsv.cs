using System.Globalization;
using System.Text;
using MndCare.Application.Auditing;

namespace MndCare.Application.Infusions;

/// <summary>A lot's recipients as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheets show Chinese names), headed by
/// the API's field names; cells are neutralised like the audit export (<see cref="AuditCsv.Cell"/>).</summary>
public static class RecipientsCsv
{
    /// <summary>The column headings: the JSON field names of <see cref="RecipientView"/>.</summary>
    public static readonly IReadOnlyList<string> Columns =
        ["recipientCode", "patientId", "nativeName", "latinName", "mrn", "infusionId", "startedAt", "infusionStatus", "unitCodes"];

    /// <summary>The file's bytes: the headings and one row per recipient (unit codes separated by spaces).</summary>
    public static byte[] Write(IReadOnlyList<RecipientView> recipients)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        var text = new StringBuilder();
        text.Append(Row(Columns));
        foreach (var r in recipients)
        {
            text.Append(Row([r.RecipientCode, r.PatientId?.ToString("D"), r.NativeName, r.LatinName, r.Mrn, r.InfusionId.ToString("D"),
                r.StartedAt.ToString("O", CultureInfo.InvariantCulture), r.InfusionStatus, string.Join(" ", r.UnitCodes)]));
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Row(IEnumerable<string?> cells) => string.Join(",", cells.Select(AuditCsv.Cell)) + "\r\n";
}
