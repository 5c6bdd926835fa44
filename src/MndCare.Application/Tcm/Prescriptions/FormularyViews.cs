using MndCare.Domain.Tcm.Herbs;
using MndCare.Domain.Tcm.Prescriptions;

namespace MndCare.Application.Tcm.Prescriptions;

/// <summary>The wire names of the herb safety lists and the prescription wording codes (camelCase, as the API writes them).</summary>
public static class HerbWireNames
{
    /// <summary>The wire name of a safety list.</summary>
    public static string Of(HerbSafetyFlag flag) => flag switch
    {
        HerbSafetyFlag.AristolochicAcid => "aristolochicAcid",
        HerbSafetyFlag.Hepatotoxic => "hepatotoxic",
        HerbSafetyFlag.SubstitutionRisk => "substitutionRisk",
    };

    /// <summary>The safety list named, or null.</summary>
    public static HerbSafetyFlag? ParseFlag(string? wire) =>
        Enum.GetValues<HerbSafetyFlag>().Select(f => (HerbSafetyFlag?)f).FirstOrDefault(f => string.Equals(Of(f!.Value), wire, StringComparison.OrdinalIgnoreCase));

    /// <summary>The wire name of a preparation.</summary>
    public static string Of(HerbalPreparation preparation) => preparation switch
    {
        HerbalPreparation.Decoction => "decoction",
        HerbalPreparation.Granules => "granules",
        HerbalPreparation.Powder => "powder",
        HerbalPreparation.Pills => "pills",
    };

    /// <summary>The preparation named, or null.</summary>
    public static HerbalPreparation? ParsePreparation(string? wire) =>
        Enum.GetValues<HerbalPreparation>().Select(p => (HerbalPreparation?)p).FirstOrDefault(p => string.Equals(Of(p!.Value), wire, StringComparison.OrdinalIgnoreCase));
}

/// <summary>A herb of the clinic's catalogue in its three name forms, with its safety lists and their sources.</summary>
/// <param name="Id">The catalogue id.</param>
/// <param name="Pinyin">Pinyin with tone marks.</param>
/// <param name="Chinese">Chinese characters.</param>
/// <param name="LatinName">Latin pharmaceutical name.</param>
/// <param name="Aliases">Other names.</param>
/// <param name="Safety">The lists it is on, each with its source.</param>
/// <param name="ListedIn">Why it is in the catalogue (the reference list, formula, or the clinic's source).</param>
/// <param name="AddedByClinic">Whether the clinic added it.</param>
public sealed record HerbView(string Id, string Pinyin, string Chinese, string LatinName, IReadOnlyList<string> Aliases,
    IReadOnlyList<SafetyMarkView> Safety, string ListedIn, bool AddedByClinic)
{
    /// <summary>The view of a catalogue herb.</summary>
    public static HerbView Of(Herb herb, bool clinicHerb)
    {
        ArgumentNullException.ThrowIfNull(herb);
        return new(herb.Id, herb.Pinyin, herb.Chinese, herb.LatinName, herb.Aliases,
            [.. herb.Safety.Select(m => new SafetyMarkView(HerbWireNames.Of(m.Flag), m.Source))], herb.ListedIn, clinicHerb);
    }
}

/// <summary>One safety list a herb is on.</summary>
/// <param name="List">aristolochicAcid, hepatotoxic or substitutionRisk.</param>
/// <param name="Source">The source cited.</param>
public sealed record SafetyMarkView(string List, string Source);

/// <summary>One change of the clinic's safety lists.</summary>
/// <param name="HerbId">The herb.</param>
/// <param name="List">The list.</param>
/// <param name="Retired">True when it retired the herb from the list.</param>
/// <param name="Source">The source, or why it was retired.</param>
/// <param name="ChangedBy">Who.</param>
/// <param name="ChangedAt">When.</param>
public sealed record SafetyChangeView(string HerbId, string List, bool Retired, string Source, string ChangedBy, DateTimeOffset ChangedAt);

/// <summary>The clinic's catalogue and its safety-list history, newest first.</summary>
/// <param name="Herbs">Every herb, shipped ones first.</param>
/// <param name="Changes">The clinic's changes.</param>
public sealed record FormularyView(IReadOnlyList<HerbView> Herbs, IReadOnlyList<SafetyChangeView> Changes);

/// <summary>A formula template with its herbs in their three name forms.</summary>
/// <param name="Id">The template id.</param>
/// <param name="NameChinese">The Chinese name.</param>
/// <param name="NameEnglish">The English or pinyin name.</param>
/// <param name="Items">The herbs with their default doses.</param>
/// <param name="IsArchived">Whether it is no longer offered.</param>
public sealed record FormulaTemplateView(Guid Id, string NameChinese, string NameEnglish, IReadOnlyList<FormulaItemView> Items, bool IsArchived)
{
    /// <summary>The view of a stored template; a herb the catalogue no longer has shows its id alone.</summary>
    public static FormulaTemplateView Of(HerbalFormulaTemplate template, HerbCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(catalogue);
        return new(template.Id, template.NameChinese, template.NameEnglish, [.. template.Items.Select(i => catalogue.FindById(i.HerbId) is { } h
            ? new FormulaItemView(h.Id, h.Pinyin, h.Chinese, h.LatinName, i.DoseGramsPerDay)
            : new FormulaItemView(i.HerbId, i.HerbId, i.HerbId, i.HerbId, i.DoseGramsPerDay))], template.IsArchived);
    }
}

/// <summary>One herb of a template.</summary>
/// <param name="HerbId">The catalogue id.</param>
/// <param name="Pinyin">Pinyin.</param>
/// <param name="Chinese">Chinese characters.</param>
/// <param name="LatinName">Latin pharmaceutical name.</param>
/// <param name="DoseGramsPerDay">The default dose in grams per day.</param>
public sealed record FormulaItemView(string HerbId, string Pinyin, string Chinese, string LatinName, decimal DoseGramsPerDay);

/// <summary>A safety-list change as typed.</summary>
/// <param name="Herb">The herb, in any name form.</param>
/// <param name="List">aristolochicAcid, hepatotoxic or substitutionRisk.</param>
/// <param name="Retire">True to retire, false to add.</param>
/// <param name="Source">The source cited, or why it is retired.</param>
public sealed record SafetyChangeInput(string? Herb, string? List, bool Retire, string? Source);
