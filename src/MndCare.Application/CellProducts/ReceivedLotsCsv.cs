using System.Globalization;
using System.Text;
using MndCare.Application.Auditing;
using MndCare.Application.Infusions;

namespace MndCare.Application.CellProducts;

/// <summary>The lots a patient received as CSV (RFC 4180, UTF-8 with a byte-order mark), headed by the API's field names
/// (GET /api/patients/{id}/lots); cells are neutralised like the audit export (<see cref="AuditCsv.Cell"/>).</summary>
public static class ReceivedLotsCsv
{
    /// <summary>The column headings: the JSON field names of <see cref="ReceivedLotView"/>.</summary>
    public static readonly IReadOnlyList<string> Columns =
        ["lotId", "lotNumber", "productCode", "lotStatus", "infusionId", "startedAt", "infusionStatus", "unitCodes"];

    /// <summary>The file's bytes: the headings and one row per infusion (unit codes separated by spaces).</summary>
    public static byte[] Write(IReadOnlyList<ReceivedLotView> lots)
    {
        ArgumentNullException.ThrowIfNull(lots);
        var text = new StringBuilder(Row(Columns));
        foreach (var l in lots)
        {
            text.Append(Row([l.LotId.ToString("D"), l.LotNumber, l.ProductCode, l.LotStatus, l.InfusionId.ToString("D"),
                l.StartedAt.ToString("O", CultureInfo.InvariantCulture), l.InfusionStatus, string.Join(" ", l.UnitCodes)]));
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Row(IEnumerable<string?> cells) => string.Join(",", cells.Select(AuditCsv.Cell)) + "\r\n";
}
