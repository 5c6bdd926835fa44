using MndCare.Domain.Patients;

namespace MndCare.Application.Assessments.Wordings;

/// <summary>The words of the ALSFRS-R in one language: each item's title and the sentence for each score.</summary>
/// <remarks>The scores and their meaning are the scale's (Cedarbaum 1999); a wording only says them in a language.
/// Its <see cref="Id"/> is stored with every score rated in it (docs/instruments/alsfrs-r.md, "Wordings").</remarks>
/// <param name="Id">Stored with each score, e.g. "en-cedarbaum-1999".</param>
/// <param name="Language">The language of its sentences.</param>
/// <param name="Name">What the wording is called, in its own language.</param>
/// <param name="Version">Its version.</param>
/// <param name="Licence">Under what licence the clinic uses it; null for the wordings that ship with MndCare.</param>
/// <param name="Validated">True for the original wording and for linguistically validated translations.</param>
/// <param name="Items">By item name (<see cref="Domain.Assessments.AlsfrsR.ItemNames"/>): all thirteen, 5a and 5b included.</param>
public sealed record AlsfrsRWording(string Id, PreferredLanguage Language, string Name, string Version, string? Licence, bool Validated,
    IReadOnlyDictionary<string, AlsfrsRWordingItem> Items)
{
    /// <summary>The language as a BCP 47 tag: "en" or "zh-Hans".</summary>
    public string LanguageTag => WireNames.Of(Language);

    /// <summary>One item's words.</summary>
    /// <param name="name">An item name of <see cref="Domain.Assessments.AlsfrsR.ItemNames"/>.</param>
    public AlsfrsRWordingItem Item(string name) => Items[name];

    /// <summary>How screens and reports name the wording next to a score: an installed wording by name, version and licence;
    /// a translation that is not validated with <paramref name="notValidatedLabel"/>.</summary>
    /// <param name="notValidatedLabel">"Not a validated translation", in the reader's language.</param>
    public string Describe(string notValidatedLabel) => (Validated, Licence) switch
    {
        (false, _) => $"{Name} · {notValidatedLabel}",
        (true, null) => Name,
        (true, { } licence) => $"{Name} {Version} · {licence}",
    };
}

/// <summary>One ALSFRS-R item in one wording.</summary>
/// <param name="Title">The item's title, e.g. "1. Speech".</param>
/// <param name="Answers">The sentence for each score, indexed by score (0 to 4).</param>
public sealed record AlsfrsRWordingItem(string Title, IReadOnlyList<string> Answers);
