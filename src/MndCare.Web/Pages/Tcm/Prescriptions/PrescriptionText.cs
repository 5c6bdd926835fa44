using Microsoft.Extensions.Localization;
using MndCare.Application.Tcm.Prescriptions;
using MndCare.Domain.Results;
using MndCare.Domain.Tcm.Herbs;

namespace MndCare.Web.Pages.Tcm.Prescriptions;

/// <summary>The words of herbal prescriptions on pages, in the reader's language: findings, refusals, states and preparations.</summary>
public static class PrescriptionText
{
    /// <summary>A herb in its three name forms, as every page shows it.</summary>
    public static string Herb(string pinyin, string chinese, string latinName) => $"{chinese} {pinyin} ({latinName})";

    /// <summary>The sentence of a finding.</summary>
    public static string Finding(IStringLocalizer localizer, FindingView f)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(f);
        // The sentence names the herb in characters; the page shows its pinyin and Latin name beside it as recorded names.
        var herb = f.Chinese;
        return f.Code switch
        {
            HerbCodes.Hepatotoxic => localizer["{0} is on the hepatotoxic list.", herb],
            HerbCodes.ConfirmBotanicalSource => localizer["{0} can be substituted by Aristolochia: confirm its botanical source before signing.", herb],
            HerbCodes.RiluzoleWithHepatotoxicHerb => localizer["The patient takes riluzole and {0} is hepatotoxic: acknowledge the warning before signing; liver tests (ALT, AST, bilirubin) are due.", herb],
            HerbCodes.DuplicateHerb when f.OtherPrescription is not null => localizer["{0} is also in another active prescription.", herb],
            _ => localizer["{0} is listed twice in this prescription.", herb],
        };
    }

    /// <summary>The sentence of a refusal or a field error.</summary>
    public static string Error(IStringLocalizer localizer, Error error)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return error switch
        {
            AristolochicAcidHerbError a => localizer["\"{0}\" is {1}: it contains aristolochic acid and can never be prescribed.", a.Name, a.Herb.Chinese],
            UnknownHerbError u => localizer["No herb in the catalogue is called \"{0}\".", u.Name],
            AmbiguousHerbError m => localizer["\"{0}\" fits several herbs: {1}. Use the Chinese or Latin name.", m.Name, string.Join("、", m.Candidates.Select(h => h.Chinese))],
            BotanicalSourceNotConfirmedError b => localizer["Confirm the botanical source of {0} before signing.", b.HerbId],
            RiluzoleWarningNotAcknowledgedError => localizer["Acknowledge the riluzole warning before signing."],
            ValidationError { Code: "signatureFailed" } => localizer["The password is wrong; the prescription was not signed."],
            ValidationError { Code: "signerLockedOut" } => localizer["Your account is locked after too many wrong passwords; the prescription was not signed."],
            ValidationError { Code: "tooShort" } => localizer["Say why, in at least 5 characters."],
            ValidationError v when v.Field.EndsWith("doseGramsPerDay", StringComparison.Ordinal) => localizer["Give each dose in g/day, from 0.1 to 250."],
            ValidationError v when v.Field == "days" => localizer["Give the days, from 1 to 90."],
            ValidationError { Code: "noItems" } => localizer["Add at least one herb."],
            ConflictError { Code: "notADraft" } => localizer["The prescription is signed already; correct it with a new version."],
            ConflictError { Code: "draftVersionExists" } => localizer["A new version of this prescription is a draft already."],
            _ => localizer["The prescription could not be saved ({0}).", error.Code],
        };
    }

    /// <summary>The word of a state (draft, signed, superseded).</summary>
    public static string Status(IStringLocalizer localizer, string status) => status switch
    {
        "draft" => localizer["Draft"],
        "signed" => localizer["Signed"],
        _ => localizer["Superseded"],
    };

    /// <summary>The word of a preparation.</summary>
    public static string Preparation(IStringLocalizer localizer, string preparation) => preparation switch
    {
        "granules" => localizer["Granules"],
        "powder" => localizer["Powder"],
        "pills" => localizer["Pills"],
        _ => localizer["Decoction"],
    };
}
