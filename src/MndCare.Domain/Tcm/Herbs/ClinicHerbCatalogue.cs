using MndCare.Domain.Results;

namespace MndCare.Domain.Tcm.Herbs;

/// <summary>A clinic's herb catalogue: the shipped herbs plus its own, with its safety-list changes applied.</summary>
/// <remarks>docs/tcm/prescriptions.md, "The clinic's catalogue": per herb and flag, the latest change decides; a shipped flag keeps
/// its shipped source until a change retires or re-cites it.</remarks>
public static class ClinicHerbCatalogue
{
    /// <summary>The clinic's catalogue, or <c>duplicateHerb</c> when a clinic herb has the pinyin of another.</summary>
    /// <param name="shipped">The shipped catalogue.</param>
    /// <param name="herbs">The clinic's own herbs.</param>
    /// <param name="changes">The clinic's safety-list changes, any order.</param>
    public static Result<HerbCatalogue> Build(HerbCatalogue shipped, IEnumerable<ClinicHerb> herbs, IEnumerable<HerbSafetyListEntry> changes)
    {
        ArgumentNullException.ThrowIfNull(shipped);
        var latest = changes.OrderBy(c => c.ChangedAtUtc).ThenBy(c => c.Id)
            .GroupBy(c => (c.HerbId, c.Flag)).ToDictionary(g => g.Key, g => g.Last());
        var all = shipped.Herbs.Concat(herbs.OrderBy(h => h.AddedAtUtc).Select(h => h.ToHerb([])));
        return HerbCatalogue.Create(all.Select(herb => herb with { Safety = Marks(herb, latest) }));
    }

    private static List<HerbSafetyMark> Marks(Herb herb, Dictionary<(string, HerbSafetyFlag), HerbSafetyListEntry> latest) =>
        [.. Enum.GetValues<HerbSafetyFlag>().Select(flag => latest.TryGetValue((herb.Id, flag), out var change)
                ? change.Retired ? null : new HerbSafetyMark(flag, change.Source)
                : herb.Safety.FirstOrDefault(m => m.Flag == flag))
            .OfType<HerbSafetyMark>()];
}
