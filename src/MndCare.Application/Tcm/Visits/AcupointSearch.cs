using System.Text.Json;
using MndCare.Application.Access;
using MndCare.Application.Auditing;
using MndCare.Domain.Auditing;
using MndCare.Domain.Tcm.Acupoints;

namespace MndCare.Application.Tcm.Visits;

/// <summary>Searches the shipped acupoint catalogue by code, pinyin or Chinese name, for staff; every search is audited as a catalogue read.</summary>
/// <remarks>docs/tcm/visits-and-sessions.md, "API". The catalogue is reference data, not health data: the trail keeps the query and the
/// number of points found, no patient. Attribution: ACUPOINTS-LICENCE.md.</remarks>
public sealed class AcupointSearch(AuditTrail audit)
{
    /// <summary>The audited action.</summary>
    public const string SearchAction = "acupoint.search";

    /// <summary>The entity type written to the audit trail.</summary>
    public const string EntityType = "acupointCatalogue";

    /// <summary>The most points one answer lists (a suggestion box, not an export).</summary>
    public const int MaxResults = 20;

    /// <summary>The longest query searched; longer text matches no name.</summary>
    public const int MaxQueryLength = 40;

    /// <summary>The points matching <paramref name="query"/>, best first (exact code or name, then names starting with it).</summary>
    public async Task<AcupointSearchView> SearchAsync(Actor actor, string? query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var text = (query ?? string.Empty).Trim();
        var points = text.Length is 0 or > MaxQueryLength ? [] : AcupointCatalogue.Shipped.Search(text).Take(MaxResults).Select(ToView).ToList();
        await audit.RecordAsync(actor, new AuditEntry(SearchAction, AuditOutcome.Success)
        {
            EntityType = EntityType,
            Details = JsonSerializer.Serialize(new { query = text.Length > MaxQueryLength ? text[..MaxQueryLength] : text, found = points.Count }),
        }, cancellationToken);
        return new AcupointSearchView(text, points, AcupointCatalogue.Attribution);
    }

    /// <summary>A catalogue point as the API and pages show it.</summary>
    public static AcupointView ToView(Acupoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        return new(point.Code, point.Pinyin, point.ChineseSimplified ?? point.ChineseTraditional, point.ChineseTraditional, point.EnglishName, point.Meridian);
    }
}
