using MndCare.Domain.Tcm.Herbs;
using MndCare.Domain.Tcm.Prescriptions;

namespace MndCare.Application.Tcm.Prescriptions;

/// <summary>A prescription as typed: items (herb by pinyin, Chinese or Latin name; dose; optional processing, batch, supplier and
/// botanical source), days, preparation and the formula template it starts from.</summary>
/// <param name="Items">The items, in order.</param>
/// <param name="Days">How many days (1 to 90).</param>
/// <param name="Preparation">decoction (default), granules, powder or pills.</param>
/// <param name="TemplateId">The clinic's formula template it starts from, if any (its names are kept on the prescription).</param>
public sealed record PrescriptionInput(IReadOnlyList<PrescriptionItemInput>? Items, int? Days, string? Preparation = null, Guid? TemplateId = null);

/// <summary>One item as typed.</summary>
/// <param name="Herb">A pinyin, Chinese or Latin name (case, spaces and tone marks ignored).</param>
/// <param name="DoseGramsPerDay">The dose in grams per day.</param>
/// <param name="Processing">How it is processed, optional.</param>
/// <param name="Batch">The batch number, optional.</param>
/// <param name="Supplier">The supplier, optional.</param>
/// <param name="BotanicalSource">The confirmed botanical source of a substitution-liable herb, optional until signing.</param>
public sealed record PrescriptionItemInput(string? Herb, decimal? DoseGramsPerDay, string? Processing = null, string? Batch = null,
    string? Supplier = null, string? BotanicalSource = null);

/// <summary>What signing says besides the password: botanical sources confirmed per herb id, and the riluzole acknowledgement.</summary>
/// <param name="Password">The signer's password (electronic signature).</param>
/// <param name="ConfirmedSources">The botanical source per herb id, for herbs liable to substitution by Aristolochia.</param>
/// <param name="AcknowledgeRiluzoleWarning">True when the practitioner acknowledges the riluzole + hepatotoxic herb warning.</param>
public sealed record SignPrescriptionInput(string? Password, IReadOnlyDictionary<string, string>? ConfirmedSources = null,
    bool AcknowledgeRiluzoleWarning = false);

/// <summary>A new version of a signed prescription: why, and the corrected content.</summary>
/// <param name="Reason">Why (at least five characters).</param>
/// <param name="Prescription">The corrected content.</param>
public sealed record CorrectPrescriptionInput(string? Reason, PrescriptionInput? Prescription);

/// <summary>One finding as the API and pages show it: the code, the herb in its three name forms, the source of the list that
/// raised it, the other prescription it names and whether signing needs it confirmed or acknowledged.</summary>
/// <param name="Code">hepatotoxic, confirmBotanicalSource, duplicateHerb or riluzoleWithHepatotoxicHerb.</param>
/// <param name="HerbId">The herb's id.</param>
/// <param name="Pinyin">Pinyin.</param>
/// <param name="Chinese">Chinese characters.</param>
/// <param name="LatinName">Latin pharmaceutical name.</param>
/// <param name="Source">The source of the safety list (or of the rule) that raised it.</param>
/// <param name="OtherPrescription">For a duplicate across prescriptions, the other prescription's id.</param>
/// <param name="NeedsAcknowledgement">Whether signing needs it confirmed or acknowledged.</param>
public sealed record FindingView(string Code, string HerbId, string Pinyin, string Chinese, string LatinName, string Source, string? OtherPrescription,
    bool NeedsAcknowledgement)
{
    /// <summary>The riluzole label's warning on other hepatotoxic drugs [S48].</summary>
    public const string RiluzoleSource = "Riluzole label [S48]: other hepatotoxic drugs may increase the risk of liver injury";

    /// <summary>The issue's rule on duplicate herbs.</summary>
    public const string DuplicateSource = "MndCare rule: one herb in two active prescriptions doubles its dose (issue 9)";

    /// <summary>The view of a stored finding; the herb's names come from the item.</summary>
    public static FindingView Of(PrescriptionFinding finding, PrescribedHerb item, Herb? herb)
    {
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(item);
        var source = finding.Code switch
        {
            HerbCodes.Hepatotoxic => Mark(herb, HerbSafetyFlag.Hepatotoxic),
            HerbCodes.ConfirmBotanicalSource => Mark(herb, HerbSafetyFlag.SubstitutionRisk),
            HerbCodes.RiluzoleWithHepatotoxicHerb => RiluzoleSource,
            _ => DuplicateSource,
        };
        return new(finding.Code, item.HerbId, item.Pinyin, item.Chinese, item.LatinName, source, finding.OtherPrescription, finding.NeedsAcknowledgement);
    }

    private static string Mark(Herb? herb, HerbSafetyFlag flag) => herb?.Safety.FirstOrDefault(m => m.Flag == flag)?.Source ?? "reference D6";
}

/// <summary>Who acknowledged the riluzole + hepatotoxic herb warning, when, and the liver tests it calls for (S48).</summary>
/// <param name="AcknowledgedBy">The practitioner's name.</param>
/// <param name="AcknowledgedByUserId">The practitioner's account.</param>
/// <param name="AcknowledgedAt">When.</param>
/// <param name="LiverTests">The tests to schedule, as <c>mndcare grade</c> names them.</param>
public sealed record RiluzoleAcknowledgementView(string AcknowledgedBy, Guid AcknowledgedByUserId, DateTimeOffset AcknowledgedAt,
    IReadOnlyList<string> LiverTests);

/// <summary>One version in a prescription's history.</summary>
/// <param name="Id">The version's id.</param>
/// <param name="Version">Its number.</param>
/// <param name="Status">draft, signed or superseded.</param>
/// <param name="CorrectionReason">Why it corrected the previous one.</param>
/// <param name="SignedAt">When it was signed.</param>
public sealed record PrescriptionVersionView(Guid Id, int Version, string Status, string? CorrectionReason, DateTimeOffset? SignedAt);

/// <summary>One version of a herbal prescription as the API and pages show it.</summary>
/// <param name="Id">This version's id.</param>
/// <param name="PatientId">The patient.</param>
/// <param name="SeriesId">The first version's id.</param>
/// <param name="Version">The version number.</param>
/// <param name="Status">draft, signed or superseded.</param>
/// <param name="Active">Signed, latest and within its days today.</param>
/// <param name="CorrectionReason">Why it corrects the previous version.</param>
/// <param name="FormulaChinese">The formula's Chinese name.</param>
/// <param name="FormulaEnglish">The formula's English name.</param>
/// <param name="Preparation">decoction, granules, powder or pills.</param>
/// <param name="Days">How many days.</param>
/// <param name="StartsOn">First day (the signing day, clinic's calendar).</param>
/// <param name="EndsOn">Last day.</param>
/// <param name="Items">The ingredients.</param>
/// <param name="Findings">The herb rules' warnings.</param>
/// <param name="CreatedBy">Who wrote it.</param>
/// <param name="CreatedAt">When.</param>
/// <param name="SignedBy">Who signed it.</param>
/// <param name="SignedAt">When.</param>
/// <param name="RiluzoleWarning">The acknowledged riluzole warning, when one was raised and signed.</param>
/// <param name="Versions">Every version of the prescription, first first.</param>
/// <param name="TimeZoneId">The clinic's zone, for showing times.</param>
public sealed record PrescriptionView(Guid Id, Guid PatientId, Guid SeriesId, int Version, string Status, bool Active, string? CorrectionReason,
    string? FormulaChinese, string? FormulaEnglish, string Preparation, int Days, DateOnly? StartsOn, DateOnly? EndsOn,
    IReadOnlyList<PrescribedHerb> Items, IReadOnlyList<FindingView> Findings, string CreatedBy, DateTimeOffset CreatedAt, string? SignedBy,
    DateTimeOffset? SignedAt, RiluzoleAcknowledgementView? RiluzoleWarning, IReadOnlyList<PrescriptionVersionView> Versions, string TimeZoneId);

/// <summary>A patient's prescription in a list.</summary>
/// <param name="Id">The version's id.</param>
/// <param name="Version">Its number.</param>
/// <param name="Status">draft, signed or superseded.</param>
/// <param name="Active">Signed, latest and within its days today.</param>
/// <param name="FormulaChinese">The formula's Chinese name.</param>
/// <param name="FormulaEnglish">The formula's English name.</param>
/// <param name="Herbs">The herbs, as "pinyin 汉字".</param>
/// <param name="Days">How many days.</param>
/// <param name="StartsOn">First day.</param>
/// <param name="EndsOn">Last day.</param>
/// <param name="Findings">How many findings.</param>
public sealed record PrescriptionSummary(Guid Id, int Version, string Status, bool Active, string? FormulaChinese, string? FormulaEnglish,
    IReadOnlyList<PrescribedHerb> Herbs, int Days, DateOnly? StartsOn, DateOnly? EndsOn, int Findings);

/// <summary>A patient's active signed prescription for the adverse-event suspects (round 2): its id, formula, days and items with
/// herb, batch and supplier.</summary>
/// <param name="Id">The version's id.</param>
/// <param name="SeriesId">The first version's id.</param>
/// <param name="Version">Its number.</param>
/// <param name="FormulaChinese">The formula's Chinese name.</param>
/// <param name="FormulaEnglish">The formula's English name.</param>
/// <param name="StartsOn">First day.</param>
/// <param name="EndsOn">Last day.</param>
/// <param name="Items">The items (herb names, dose, batch, supplier).</param>
public sealed record ActivePrescription(Guid Id, Guid SeriesId, int Version, string? FormulaChinese, string? FormulaEnglish, DateOnly StartsOn,
    DateOnly EndsOn, IReadOnlyList<PrescribedHerb> Items)
{
    /// <summary>The suspect kinds this prescription offers: the whole prescription and each herb.</summary>
    public const string PrescriptionSuspectKind = "herbalPrescription", HerbSuspectKind = "herb";

    /// <summary>Suspects for causality as kind + reference + label: the prescription (its formula) and each herb with its batch
    /// (reference "{prescription id}/{herb id}").</summary>
    public IEnumerable<(string Kind, string Reference, string Label)> Suspects()
    {
        var formula = FormulaChinese is null ? string.Join("、", Items.Select(i => i.Chinese)) : $"{FormulaChinese} {FormulaEnglish}";
        yield return (PrescriptionSuspectKind, Id.ToString("D"), $"{formula} (v{Version}, {StartsOn:yyyy-MM-dd}–{EndsOn:yyyy-MM-dd})");
        foreach (var item in Items)
        {
            yield return (HerbSuspectKind, $"{Id:D}/{item.HerbId}",
                $"{item.Pinyin} {item.Chinese} ({item.LatinName}), batch {item.Batch ?? "—"}, {item.Supplier ?? "—"}");
        }
    }
}
