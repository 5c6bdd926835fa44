using MndCare.Domain.Assessments;
using MndCare.Domain.Criteria;
using MndCare.Domain.Explanations;
using MndCare.Domain.Patients;
using MndCare.Domain.Prognosis;
using MndCare.Domain.Respiratory;
using MndCare.Domain.Time;
using MndCare.Domain.Results;

namespace MndCare.Application.Assessments;

/// <summary>Computes every output of the `mndcare assess` contract for one read case.</summary>
/// <remarks>An output that needs a missing input is null and one missingInput error names that input and the outputs
/// that need it; an input that was given but invalid already carries its own error (Decision 14,
/// docs/instruments/assess-contract.md).</remarks>
public sealed class CaseEvaluator(ProgressionThresholds thresholds)
{
    /// <summary>The answer to a line that is not a JSON object: every output null, the invalidJson error.</summary>
    public static CaseResult Unreadable(ClinicalCase clinicalCase)
    {
        ArgumentNullException.ThrowIfNull(clinicalCase);
        var result = new CaseResult();
        result.Errors.AddRange(clinicalCase.Errors);
        return result;
    }

    /// <summary>Evaluates a case that was read.</summary>
    public CaseResult Evaluate(ClinicalCase c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var result = new CaseResult { Id = c.Id };
        result.Errors.AddRange(c.Errors);
        var missing = new MissingInputs(c);
        missing.Require(CaseFields.Id, CaseFields.Id, c.Id is not null);
        missing.Require(CaseFields.AssessmentDate, CaseFields.AssessmentDate, c.AssessmentDate is not null);

        var alsfrs = c.AlsfrsR;
        missing.Require(CaseFields.Alsfrsr, CaseOutputs.Alsfrsr, alsfrs is not null);
        if (alsfrs is not null)
        {
            result.Alsfrsr = new AlsfrsRScores(alsfrs.Total, alsfrs.Bulbar, alsfrs.FineMotor, alsfrs.GrossMotor, alsfrs.Respiratory);
        }

        result.DeltaFs = DeltaFs(c, missing, result);
        if (result.DeltaFs is { } deltaFs)
        {
            result.ProgressionGroup = thresholds.Classify(deltaFs).WireName();
        }

        Stages(c, missing, result);
        var elEscorial = Criteria(c, missing, result);
        var vitalCapacity = Fvc(c, missing, result);
        Encals(c, result, elEscorial, vitalCapacity);
        missing.Report(result.Errors);
        return result;
    }

    /// <summary>The note when the FVC reference is used outside the ages Hankinson 1999 studied (Decision 12).</summary>
    public static readonly ClinicalReason HankinsonExtrapolatedNote = new(ReasonCodes.FvcHankinsonExtrapolated);

    /// <summary>Months from onset to the assessment, when both dates are known.</summary>
    internal static double? MonthsSinceOnset(ClinicalCase c) =>
        c.OnsetDate is { } onset && c.AssessmentDate is { } at ? ClinicalTime.MonthsBetween(onset, at) : null;

    /// <summary>Age in years at the assessment, when both dates are known.</summary>
    internal static double? AgeAtAssessment(ClinicalCase c) =>
        c.BirthDate is { } birth && c.AssessmentDate is { } at ? ClinicalTime.YearsBetween(birth, at) : null;

    private static ElEscorialCategory? Criteria(ClinicalCase c, MissingInputs missing, CaseResult result)
    {
        if (c.IsInvalid(CaseFields.Findings))
        {
            return null;
        }
        var findings = c.Findings;
        var monthsSinceOnset = MonthsSinceOnset(c);
        result.Phenotype = PhenotypeClassifier.Categorize(findings, monthsSinceOnset).WireName();
        if (c.IsInvalid(CaseFields.Progression) || c.IsInvalid(CaseFields.AlternativeExcluded))
        {
            return null;
        }
        var elEscorial = RevisedElEscorial.Categorize(findings);
        result.ElEscorial = elEscorial.WireName();
        result.Awaji = Awaji.Categorize(findings).WireName();
        result.GoldCoast = GoldCoast.Categorize(findings).WireName();

        var age = AgeAtAssessment(c);
        double? years = monthsSinceOnset / 12;
        result.Pls = PlsCriteria.Categorize(findings, age, years).WireName();
        foreach (var error in PlsCriteria.MissingInputs(age, years).OfType<ValidationError>())
        {
            // PLS names the date it lacks; when the date is there, what is missing is the assessment date.
            var present = error.Field == CaseFields.BirthDate ? c.BirthDate is not null : c.OnsetDate is not null;
            missing.Require(present ? CaseFields.AssessmentDate : error.Field, CaseOutputs.Pls, false);
        }
        return elEscorial;
    }

    private static double? Fvc(ClinicalCase c, MissingInputs missing, CaseResult result)
    {
        FvcReference? reference = null;
        var age = AgeAtAssessment(c);
        if (c.Sex is { } sex && c.Ethnicity is { } ethnicity && c.HeightCm is { } height && age is { } ageYears)
        {
            var predicted = Hankinson1999.Predict(sex, EthnicityOf(ethnicity), ageYears, height);
            if (predicted.IsSuccess)
            {
                reference = predicted.Value;
                if (reference.Extrapolated)
                {
                    result.Notes.Add(HankinsonExtrapolatedNote);
                }
            }
            else
            {
                result.Errors.AddRange(predicted.Errors);
            }
        }
        var percent = c.FvcPercentPredicted;
        if (percent is null && reference is not null && c.FvcLiters is { } observed)
        {
            var computed = reference.PercentPredicted(observed);
            if (computed.IsSuccess)
            {
                percent = computed.Value;
            }
            else
            {
                result.Errors.AddRange(computed.Errors);
            }
        }
        if (percent is null)
        {
            if (!c.IsInvalid(CaseFields.FvcPercentPredicted))
            {
                missing.Require(CaseFields.Sex, CaseOutputs.Fvc, c.Sex is not null);
                missing.Require(CaseFields.Ethnicity, CaseOutputs.Fvc, c.Ethnicity is not null);
                missing.Require(CaseFields.HeightCm, CaseOutputs.Fvc, c.HeightCm is not null);
                missing.Require(CaseFields.BirthDate, CaseOutputs.Fvc, c.BirthDate is not null);
                missing.Require(CaseFields.AssessmentDate, CaseOutputs.Fvc, c.AssessmentDate is not null);
                missing.Require(CaseFields.FvcLiters, CaseOutputs.Fvc, c.FvcLiters is not null);
            }
            return null;
        }
        result.Fvc = new FvcOutput(reference?.PredictedLiters, reference?.LowerLimitLiters, percent.Value);
        return percent;
    }

    private static SpirometryEthnicity EthnicityOf(string wireName) => wireName switch
    {
        "caucasian" => SpirometryEthnicity.Caucasian,
        "africanAmerican" => SpirometryEthnicity.AfricanAmerican,
        "mexicanAmerican" => SpirometryEthnicity.MexicanAmerican,
        _ => throw new ArgumentOutOfRangeException(nameof(wireName), wireName, "Not a Hankinson 1999 ethnicity."),
    };

    private static void Encals(ClinicalCase c, CaseResult result, ElEscorialCategory? elEscorial, double? vitalCapacity)
    {
        double? ageAtOnset = c.BirthDate is { } birth && c.OnsetDate is { } onset && birth < onset ? ClinicalTime.YearsBetween(birth, onset) : null;
        double? delay = c.OnsetDate is { } from && c.DiagnosisDate is { } to ? ClinicalTime.MonthsBetween(from, to) : null;
        bool? bulbarOnset = c.OnsetSite is { } site ? site == OnsetSite.Bulbar : null;
        // Decision 14: "definite El Escorial" is missing when the answer is incomplete or no findings were given.
        bool? definite = c.FindingsGiven && elEscorial is { } category && category != ElEscorialCategory.Incomplete
            ? category == ElEscorialCategory.Definite
            : null;
        // Decision 13: FTD or C9orf72 not known is a missing predictor, never "no".
        var predictors = EncalsPredictors.Create(ageAtOnset, delay, result.DeltaFs, vitalCapacity, bulbarOnset, definite, c.Ftd.Known(), c.C9orf72.Known());
        if (!predictors.IsSuccess)
        {
            result.Errors.AddRange(predictors.Errors);
            return;
        }
        var prediction = EncalsModel.Predict(predictors.Value);
        result.EncalsPrediction = prediction;
        result.Encals = new EncalsOutput(prediction.LinearPredictor, prediction.Survival(Month12), prediction.Survival(Month24),
            prediction.Survival(Month36), prediction.Survival(Month60), prediction.MedianMonthsFromOnset);
        result.Notes.AddRange(prediction.Notes);
    }

    private const double Month12 = 12;
    private const double Month24 = 24;
    private const double Month36 = 36;
    private const double Month60 = 60;

    private static double? DeltaFs(ClinicalCase c, MissingInputs missing, CaseResult result)
    {
        var hasInputs = missing.Require(CaseFields.Alsfrsr, CaseOutputs.DeltaFs, c.AlsfrsR is not null)
            & missing.Require(CaseFields.OnsetDate, CaseOutputs.DeltaFs, c.OnsetDate is not null)
            & missing.Require(CaseFields.AssessmentDate, CaseOutputs.DeltaFs, c.AssessmentDate is not null);
        if (!hasInputs)
        {
            return null;
        }
        var deltaFs = ProgressionRate.DeltaFs(c.AlsfrsR!.Total, c.OnsetDate!.Value, c.AssessmentDate!.Value);
        if (!deltaFs.IsSuccess)
        {
            result.Errors.AddRange(deltaFs.Errors);
            return null;
        }
        return deltaFs.Value;
    }

    private static void Stages(ClinicalCase c, MissingInputs missing, CaseResult result)
    {
        if (c.IsInvalid(CaseFields.Deceased))
        {
            return;
        }
        if (c.Deceased)
        {
            result.KingsStage = KingsStaging.ForDeceased().Stage.WireName();
            result.MitosStage = MitosStaging.ForDeceased().Stage;
            return;
        }
        if (!(missing.Require(CaseFields.Alsfrsr, CaseOutputs.KingsStage, c.AlsfrsR is not null)
            & missing.Require(CaseFields.Alsfrsr, CaseOutputs.MitosStage, c.AlsfrsR is not null)))
        {
            return;
        }
        var (stage, noMappedRegion) = KingsStaging.StageOf(c.AlsfrsR!);
        result.KingsStage = stage.WireName();
        if (noMappedRegion)
        {
            result.Notes.Add(KingsStaging.UnmappedRegionNote);
        }
        result.MitosStage = MitosStaging.StageOf(c.AlsfrsR!);
    }

    /// <summary>Collects, per absent input, the outputs that needed it; invalid inputs have their own error already.</summary>
    private sealed class MissingInputs(ClinicalCase c)
    {
        private Dictionary<string, List<string>>? _needs;

        /// <summary>True when the input is present; otherwise notes that <paramref name="output"/> needed it.</summary>
        public bool Require(string field, string output, bool present)
        {
            if (present)
            {
                return true;
            }
            if (!c.IsInvalid(field))
            {
                _needs ??= new Dictionary<string, List<string>>(StringComparer.Ordinal);
                if (!_needs.TryGetValue(field, out var outputs))
                {
                    _needs[field] = outputs = [];
                }
                if (!outputs.Contains(output))
                {
                    outputs.Add(output);
                }
            }
            return false;
        }

        public void Report(List<Error> errors)
        {
            foreach (var (field, outputs) in _needs ?? [])
            {
                errors.Add(new MissingInputError(field, [.. outputs.Where(o => o != field)]));
            }
        }
    }
}
