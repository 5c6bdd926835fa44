namespace MndCare.Domain.Explanations;

/// <summary>Every code a <see cref="ClinicalReason"/> can carry; each has an English reference text and a Simplified
/// Chinese text in the application's clinical text catalogue (a test enumerates this list).</summary>
/// <remarks>Values in braces are the reason's <see cref="ClinicalReason.Values"/> in order: U = regions with UMN signs,
/// L = regions with LMN signs, B = both, E = regions with EMG denervation.</remarks>
public static class ReasonCodes
{
    /// <summary>Progression is not documented: incomplete (Decision 6).</summary>
    public const string IncompleteNoProgression = "criteria.incomplete.noProgression";

    /// <summary>Other diseases are not excluded: incomplete (Decision 6).</summary>
    public const string IncompleteNotExcluded = "criteria.incomplete.notExcluded";

    /// <summary>UMN and LMN signs together in {B}: definite.</summary>
    public const string ElEscorialDefinite = "elEscorial.definite";

    /// <summary>UMN signs in {U} and LMN signs in {L}, some UMN signs rostral to LMN signs: probable.</summary>
    public const string ElEscorialProbable = "elEscorial.probable";

    /// <summary>UMN signs in {U} and EMG denervation in {E}: probable laboratory-supported.</summary>
    public const string ElEscorialProbableLabSupported = "elEscorial.probableLabSupported";

    /// <summary>UMN and LMN signs together in only {B}: possible.</summary>
    public const string ElEscorialPossibleOneRegion = "elEscorial.possible.oneRegion";

    /// <summary>UMN signs alone in {U}: possible.</summary>
    public const string ElEscorialPossibleUmnOnly = "elEscorial.possible.umnOnly";

    /// <summary>UMN signs in {U} and LMN signs in {L}, no UMN signs rostral to LMN signs: possible.</summary>
    public const string ElEscorialPossibleNotRostral = "elEscorial.possible.notRostral";

    /// <summary>UMN signs in {U}, LMN signs in {L} and EMG denervation in {E}: not met.</summary>
    public const string ElEscorialNotMet = "elEscorial.notMet";

    /// <summary>EMG fasciculation potentials in {regions} do not count under revised El Escorial.</summary>
    public const string ElEscorialFasciculationsNotCounted = "elEscorial.fasciculationsNotCounted";

    /// <summary>UMN and LMN signs (clinical or EMG) together in {B}: definite.</summary>
    public const string AwajiDefinite = "awaji.definite";

    /// <summary>UMN signs in {U} and LMN signs (clinical or EMG) in {L}, some UMN signs rostral to LMN signs: probable.</summary>
    public const string AwajiProbable = "awaji.probable";

    /// <summary>UMN and LMN signs (clinical or EMG) together in only {B}: possible.</summary>
    public const string AwajiPossibleOneRegion = "awaji.possible.oneRegion";

    /// <summary>UMN signs alone in {U}: possible.</summary>
    public const string AwajiPossibleUmnOnly = "awaji.possible.umnOnly";

    /// <summary>UMN signs in {U} and LMN signs (clinical or EMG) in {L}, no UMN signs rostral to LMN signs: possible.</summary>
    public const string AwajiPossibleNotRostral = "awaji.possible.notRostral";

    /// <summary>UMN signs in {U} and LMN signs (clinical or EMG) in {L}: not met.</summary>
    public const string AwajiNotMet = "awaji.notMet";

    /// <summary>UMN and LMN signs (clinical or EMG) together in {regions}: ALS.</summary>
    public const string GoldCoastTogether = "goldCoast.together";

    /// <summary>LMN signs (clinical or EMG) in {regions}: ALS.</summary>
    public const string GoldCoastLmnRegions = "goldCoast.lmnRegions";

    /// <summary>UMN and LMN signs are not together in any region, and LMN signs are in {L}: not ALS.</summary>
    public const string GoldCoastNotAls = "goldCoast.notAls";

    /// <summary>Age unknown (no birth date): not met.</summary>
    public const string PlsAgeUnknown = "pls.ageUnknown";

    /// <summary>Age under 25 years: not met.</summary>
    public const string PlsTooYoung = "pls.tooYoung";

    /// <summary>Time since onset unknown (no onset date): not met.</summary>
    public const string PlsOnsetUnknown = "pls.onsetUnknown";

    /// <summary>Less than 2 years since onset: not met.</summary>
    public const string PlsTooEarly = "pls.tooEarly";

    /// <summary>UMN signs in {U} of bulbar, cervical and lumbosacral; 2 are needed: not met.</summary>
    public const string PlsTooFewUmnRegions = "pls.tooFewUmnRegions";

    /// <summary>LMN evidence (clinical or EMG) in {L}: not met.</summary>
    public const string PlsLmnEvidence = "pls.lmnEvidence";

    /// <summary>Progression is not documented: not met.</summary>
    public const string PlsNoProgression = "pls.noProgression";

    /// <summary>Other diseases are not excluded: not met.</summary>
    public const string PlsNotExcluded = "pls.notExcluded";

    /// <summary>Age 25 years or older, UMN signs in {U}, no LMN evidence, progression documented and other diseases excluded.</summary>
    public const string PlsCriteriaMet = "pls.criteriaMet";

    /// <summary>More than 4 years since onset: definite.</summary>
    public const string PlsDefinite = "pls.definite";

    /// <summary>2 to 4 years since onset: probable.</summary>
    public const string PlsProbable = "pls.probable";

    /// <summary>No UMN or LMN signs in any region: undetermined.</summary>
    public const string PhenotypeUndetermined = "phenotype.undetermined";

    /// <summary>Signs confined to the bulbar region: progressive bulbar palsy.</summary>
    public const string PhenotypePbp = "phenotype.pbp";

    /// <summary>UMN signs in {U} and LMN signs (clinical or EMG) in {L}: ALS.</summary>
    public const string PhenotypeAls = "phenotype.als";

    /// <summary>UMN signs only, in {U}: primary lateral sclerosis phenotype.</summary>
    public const string PhenotypePls = "phenotype.pls";

    /// <summary>LMN signs only, confined to the cervical region for 12 months or more: flail arm.</summary>
    public const string PhenotypeFlailArm = "phenotype.flailArm";

    /// <summary>LMN signs only, confined to the lumbosacral region for 12 months or more: flail leg.</summary>
    public const string PhenotypeFlailLeg = "phenotype.flailLeg";

    /// <summary>LMN signs only, in {L}: progressive muscular atrophy.</summary>
    public const string PhenotypePma = "phenotype.pma";

    /// <summary>Time since onset unknown (no onset date): flail arm needs 12 months or more.</summary>
    public const string PhenotypeFlailArmOnsetUnknown = "phenotype.flailArm.onsetUnknown";

    /// <summary>Under 12 months since onset: flail arm needs 12 months or more.</summary>
    public const string PhenotypeFlailArmTooEarly = "phenotype.flailArm.tooEarly";

    /// <summary>Time since onset unknown (no onset date): flail leg needs 12 months or more.</summary>
    public const string PhenotypeFlailLegOnsetUnknown = "phenotype.flailLeg.onsetUnknown";

    /// <summary>Under 12 months since onset: flail leg needs 12 months or more.</summary>
    public const string PhenotypeFlailLegTooEarly = "phenotype.flailLeg.tooEarly";

    /// <summary>Item 5b (cutting with gastrostomy) was rated: 4A.</summary>
    public const string KingsGastrostomy = "kings.gastrostomy";

    /// <summary>Item 10 (dyspnoea) is 0: 4B.</summary>
    public const string KingsDyspneaZero = "kings.dyspneaZero";

    /// <summary>Item 12 (respiratory insufficiency) is {item 12} &lt; 4: 4B.</summary>
    public const string KingsRespiratoryInsufficiency = "kings.respiratoryInsufficiency";

    /// <summary>Bulbar region involved (items 1-3: {1}, {2}, {3}).</summary>
    public const string KingsBulbar = "kings.bulbar";

    /// <summary>Upper limb involved (item 4: {4}, item 5a: {5a}).</summary>
    public const string KingsUpperLimb = "kings.upperLimb";

    /// <summary>Lower limb involved (item 8: {8}).</summary>
    public const string KingsLowerLimb = "kings.lowerLimb";

    /// <summary>Note: no mapped region is involved (symptoms only in items the King's mapping does not use); reported as stage 1 (Decision 4).</summary>
    public const string KingsNoMappedRegion = "kings.noMappedRegion";

    /// <summary>The patient has died: stage 5.</summary>
    public const string KingsDeceased = "kings.deceased";

    /// <summary>Movement lost (item 8 walking {8}, item 6 dressing {6}; either ≤ 1).</summary>
    public const string MitosMovementLost = "mitos.movementLost";

    /// <summary>Swallowing lost (item 3 is {3} ≤ 1).</summary>
    public const string MitosSwallowingLost = "mitos.swallowingLost";

    /// <summary>Communicating lost (item 1 speech {1} and item 4 handwriting {4}, both ≤ 1).</summary>
    public const string MitosCommunicatingLost = "mitos.communicatingLost";

    /// <summary>Breathing lost (item 10 dyspnoea {10} ≤ 1 or item 12 {12} ≤ 2).</summary>
    public const string MitosBreathingLost = "mitos.breathingLost";

    /// <summary>No domain lost: stage 0.</summary>
    public const string MitosNoDomainLost = "mitos.noDomainLost";

    /// <summary>The patient has died: stage 5.</summary>
    public const string MitosDeceased = "mitos.deceased";

    /// <summary>Note: FVC predicted by Hankinson 1999 is extrapolated outside ages 8-80 (Decision 12).</summary>
    public const string FvcHankinsonExtrapolated = "fvc.hankinsonExtrapolated";

    /// <summary>Note: the ENCALS median lies beyond 1200 months (Decision 14).</summary>
    public const string EncalsMedianBeyondSearch = "encals.medianBeyondSearch";

    /// <summary>Note: the ENCALS median lies below 0.001 months.</summary>
    public const string EncalsMedianBelowSearch = "encals.medianBelowSearch";

    /// <summary>D50 not estimable: the onset date is unknown.</summary>
    public const string D50OnsetUnknown = "d50.onsetUnknown";

    /// <summary>D50 not estimable: fewer than 3 ALSFRS-R visits.</summary>
    public const string D50TooFewVisits = "d50.tooFewVisits";

    /// <summary>D50 not estimable: the visits do not determine the curve.</summary>
    public const string D50NotEstimable = "d50.notEstimable";

    /// <summary>Every code, for catalogue completeness tests.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        .. typeof(ReasonCodes).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!),
    ];
}
