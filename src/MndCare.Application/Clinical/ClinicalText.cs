using System.Globalization;
using System.Resources;
using MndCare.Application.Assessments;
using MndCare.Domain.Assessments;
using MndCare.Domain.Criteria;
using MndCare.Domain.Explanations;
using MndCare.Domain.Prognosis;
using MndCare.Domain.Results;

namespace MndCare.Application.Clinical;

/// <summary>The one catalogue of clinical texts: codes (phenotype, criteria categories, progression group, onset site,
/// predictors, regions), reasons, notes and the errors of an assessment, in English (the reference text) and
/// Simplified Chinese.</summary>
/// <remarks>The texts live in Clinical/Resources/ClinicalText*.resx. The assessment pages, the patient page and the
/// consultation report's clinical section all render through it, so a code reads the same everywhere
/// (docs/instruments/README.md, "Clinical texts").</remarks>
public sealed class ClinicalText
{
    private static readonly ResourceManager Texts = new("MndCare.Application.Clinical.Resources.ClinicalText", typeof(ClinicalText).Assembly);

    private ClinicalText(CultureInfo culture) => Culture = culture;

    /// <summary>English, the reference text (also the `mndcare assess` notes).</summary>
    public static ClinicalText English { get; } = new(CultureInfo.GetCultureInfo("en"));

    /// <summary>The language the texts are in.</summary>
    public CultureInfo Culture { get; }

    /// <summary>The catalogue in <paramref name="culture"/> (Simplified Chinese for zh-Hans and its children, else English).</summary>
    /// <param name="culture">The reader's culture.</param>
    public static ClinicalText For(CultureInfo culture) => new(culture ?? throw new ArgumentNullException(nameof(culture)));

    /// <summary>The catalogue for a BCP 47 language tag such as "zh-Hans" or "en".</summary>
    /// <param name="languageTag">The tag.</param>
    public static ClinicalText For(string languageTag) => For(CultureInfo.GetCultureInfo(languageTag));

    /// <summary>The text of <paramref name="key"/>, or null when the catalogue has none.</summary>
    /// <param name="key">A catalogue key, for example "phenotype.als".</param>
    public string? Find(string key) => Texts.GetString(key, Culture);

    /// <summary>Whether <paramref name="key"/> has a text of its own in <paramref name="culture"/> (not inherited from English).</summary>
    /// <param name="key">A catalogue key.</param>
    /// <param name="culture">en or zh-Hans.</param>
    public static bool HasOwnText(string key, CultureInfo culture) =>
        Texts.GetResourceSet(culture.Name == "en" ? CultureInfo.InvariantCulture : culture, createIfNotExists: true, tryParents: false)
            ?.GetString(key) is { Length: > 0 };

    /// <summary>A phenotype wire name (als, pma, flailArm ...) in words; a dash for none.</summary>
    public string Phenotype(string? wireName) => Code("phenotype.", wireName);

    /// <summary>A category of revised El Escorial, Awaji, Gold Coast or PLS (definite, probableLabSupported, notAls ...).</summary>
    public string Category(string? wireName) => Code("criteria.", wireName);

    /// <summary>A progression group (slow, intermediate, fast).</summary>
    public string ProgressionGroup(string? wireName) => Code("progression.", wireName);

    /// <summary>An onset site (bulbar, upperLimb ...).</summary>
    public string OnsetSite(string? wireName) => Code("onsetSite.", wireName);

    /// <summary>An ENCALS predictor by its API name.</summary>
    public string Predictor(string name) => Code("predictor.", name);

    /// <summary>A D50 phase.</summary>
    public string Phase(D50Phase phase) => Code("phase.", phase.ToString());

    /// <summary>Yes, no or not known.</summary>
    public string Answer(YesNoNotKnown value) => Code("yesNoNotKnown.", value.WireName());

    /// <summary>A reason or note in the reader's language, its values filled in.</summary>
    /// <param name="reason">The reason.</param>
    public string Render(ClinicalReason reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        var template = Require("reason." + reason.Code);
        var values = reason.Values.Select(v => (object)(v.Kind == ReasonValueKind.Regions ? Regions(v.RegionList) : Number(v.Number))).ToArray();
        return string.Format(Culture, template, values);
    }

    /// <summary>"Not estimated: C9orf72 status not known; FTD status not known." (Decision 13), or null when ENCALS reported no error.</summary>
    /// <param name="errors">The assessment's errors; only the ENCALS ones are read.</param>
    public string? EncalsNotEstimated(IEnumerable<Error> errors) =>
        EncalsProblems(errors) is { } problems ? string.Format(Culture, Require("encals.notEstimated"), problems) : null;

    /// <summary>Each missing or unusable ENCALS predictor named, joined; null when ENCALS reported no error.</summary>
    /// <param name="errors">The assessment's errors; only the ENCALS ones are read.</param>
    public string? EncalsProblems(IEnumerable<Error> errors)
    {
        var problems = errors.Where(EncalsPredictors.IsPredictorError).Cast<ValidationError>()
            .Select(e => e.Code == EncalsPredictors.MissingPredictor
                ? Code("missingPredictor.", e.Field)
                : string.Format(Culture, Find("encalsProblem." + e.Code) ?? Require("encalsProblem.other"), Predictor(e.Field)))
            .ToList();
        return problems.Count == 0 ? null : string.Join(Require("list.semicolon"), problems);
    }

    /// <summary>An error of an assessment (an input that is missing or unusable) in the reader's language.</summary>
    /// <param name="error">A case error.</param>
    public string Render(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (error is MissingInputError missing)
        {
            var outputs = missing.Outputs.Select(o => Code("output.", o)).ToList();
            return outputs.Count == 0
                ? string.Format(Culture, Require("error.missingInput.alone"), Input(missing.Field))
                : string.Format(Culture, Require("error.missingInput"), Input(missing.Field), string.Join(Require("list.separator"), outputs));
        }
        var field = error is ValidationError validation ? Input(validation.Field) : string.Empty;
        return string.Format(Culture, Find("error." + error.Code) ?? Require("error.other"), field);
    }

    /// <summary>A set of regions: "no region", "1 region (cervical)", "2 regions (bulbar, cervical)".</summary>
    public string Regions(IReadOnlyList<Region> regions)
    {
        ArgumentNullException.ThrowIfNull(regions);
        var names = string.Join(Require("list.separator"), regions.Select(r => Require("regionInText." + r.WireName())));
        return regions.Count switch
        {
            0 => Require("regions.none"),
            1 => string.Format(Culture, Require("regions.one"), names),
            _ => string.Format(Culture, Require("regions.many"), Number(regions.Count), names),
        };
    }

    /// <summary>The catalogue keys of every clinical code, reason and note, for completeness tests.</summary>
    public static IEnumerable<string> Keys()
    {
        IEnumerable<string> Prefixed(string prefix, IEnumerable<string> codes) => codes.Select(c => prefix + c);
        return Prefixed("phenotype.", Enum.GetValues<MndPhenotype>().Select(v => v.WireName()))
            .Concat(Prefixed("criteria.", Enum.GetValues<ElEscorialCategory>().Select(v => v.WireName())))
            .Concat(Prefixed("criteria.", Enum.GetValues<AwajiCategory>().Select(v => v.WireName())))
            .Concat(Prefixed("criteria.", Enum.GetValues<GoldCoastCategory>().Select(v => v.WireName())))
            .Concat(Prefixed("criteria.", Enum.GetValues<PlsCategory>().Select(v => v.WireName())))
            .Concat(Prefixed("progression.", Enum.GetValues<Domain.Assessments.ProgressionGroup>().Select(ProgressionGroups.WireName)))
            .Concat(Prefixed("onsetSite.", Domain.Patients.WireNames.All<Domain.Patients.OnsetSite>()))
            .Concat(Prefixed("phase.", Enum.GetNames<D50Phase>()))
            .Concat(Prefixed("predictor.", EncalsPredictors.Names.All))
            .Concat(Prefixed("missingPredictor.", EncalsPredictors.Names.All))
            .Concat(Prefixed("region.", Enum.GetValues<Region>().Select(r => r.WireName())))
            .Concat(Prefixed("regionInText.", Enum.GetValues<Region>().Select(r => r.WireName())))
            .Concat(Prefixed("yesNoNotKnown.", Enum.GetValues<YesNoNotKnown>().Select(v => v.WireName())))
            .Concat(Prefixed("reason.", ReasonCodes.All))
            .Concat(Prefixed("input.", CaseFields.All))
            .Concat(Prefixed("output.", CaseOutputs.All))
            .Concat(Prefixed("error.", ScreenErrorCodes))
            .Concat(["regions.none", "regions.one", "regions.many", "list.separator", "list.semicolon", "encals.notEstimated",
                "encalsProblem." + EncalsPredictors.NonPositiveDelay, "encalsProblem.other"])
            .Distinct(StringComparer.Ordinal);
    }

    /// <summary>The error codes an assessment screen can show, each with its own text.</summary>
    public static IReadOnlyList<string> ScreenErrorCodes { get; } =
    [
        CaseErrors.MissingInput, "missingInput.alone", ProgressionRate.OnsetNotBeforeAssessment, EncalsPredictors.NonPositiveDelay,
        EncalsPredictors.NegativeDeltaFs, EncalsPredictors.NonPositiveVitalCapacity, CaseErrors.OutOfRange, EncalsPredictors.NotFinite,
        Domain.Respiratory.Hankinson1999.UnsupportedSex, Domain.Respiratory.Hankinson1999.NonPositivePrediction, "other",
    ];

    private string Code(string prefix, string? code) => code is null ? "—" : Find(prefix + code) ?? code;

    private string Input(string field) => Find("input." + field) ?? Find("input." + field.Split('.')[0]) ?? field;

    private string Require(string key) => Find(key) ?? throw new InvalidOperationException("The clinical text catalogue has no text for " + key + ".");

    private string Number(int value) => value.ToString(Culture);
}
