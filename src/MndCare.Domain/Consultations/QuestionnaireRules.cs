using System.Globalization;
using MndCare.Domain.Assessments;
using MndCare.Domain.Patients;
using MndCare.Domain.Results;
using MndCare.Domain.Text;

namespace MndCare.Domain.Consultations;

/// <summary>Checks questionnaire answers: each given answer must be valid; a submission must also be complete.</summary>
/// <remarks>
/// Dates may not be in the future, before birth, or out of order (onset after diagnosis). ALSFRS-R items must agree with
/// the other answers, by the scale's own wording (Cedarbaum 1999; docs/instruments/alsfrs-r.md):
/// item 5a is for people without a gastrostomy and 5b for people with one; item 12 level 4 is no breathing support,
/// 3 and 2 intermittent or night-time BiPAP, 1 continuous BiPAP night and day, 0 invasive ventilation.
/// </remarks>
public static class QuestionnaireRules
{
    /// <summary>Longest one-line answer (names, places), in text elements.</summary>
    public const int MaxShortText = 200;

    /// <summary>Longest free-text answer, in text elements.</summary>
    public const int MaxLongText = 4000;

    /// <summary>Plausible height range, centimetres.</summary>
    public const int MinHeightCm = 50, MaxHeightCm = 250;

    /// <summary>Plausible adult weight range, kilograms.</summary>
    public const decimal MinWeightKg = 20m, MaxWeightKg = 300m;

    /// <summary>The answers with text trimmed and normalised, or every problem found, field by field.</summary>
    /// <param name="answers">What the patient sent.</param>
    /// <param name="birthDate">The patient's date of birth, from the registry.</param>
    /// <param name="today">Today in the clinic's time zone.</param>
    /// <param name="forSubmission">True when the questionnaire is being sent: required answers must be present.</param>
    public static Result<QuestionnaireAnswers> Check(QuestionnaireAnswers answers, DateOnly birthDate, DateOnly today, bool forSubmission)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var errors = new List<Error>();
        var checker = new FieldChecker(errors, birthDate, today);
        var onset = checker.Date(answers.OnsetDate, "onsetDate");
        var diagnosisDate = checker.Date(answers.DiagnosisDate, "diagnosisDate");
        checker.Date(answers.GastrostomyDate, "gastrostomyDate");
        if (onset is { } o && diagnosisDate is { } d && d < o)
        {
            errors.Add(new ValidationError("diagnosisDate", "diagnosisBeforeOnset", "The diagnosis date is before the first symptom."));
        }
        checker.Choice<OnsetSite>(answers.OnsetSite, "onsetSite", QuestionnaireChoices.OnsetSites);
        var diagnosis = checker.Choice<ReportedDiagnosis>(answers.Diagnosis, "diagnosis");
        var breathing = checker.Choice<BreathingSupport>(answers.BreathingSupport, "breathingSupport");
        var gastrostomy = checker.Choice<YesNoUnknown>(answers.Gastrostomy, "gastrostomy", [YesNoUnknown.Yes, YesNoUnknown.No]);
        var genetics = checker.Choice<GeneticTesting>(answers.GeneticTesting, "geneticTesting");
        checker.Choice<YesNoUnknown>(answers.FamilyHistory, "familyHistory");
        checker.Choice<YesNoUnknown>(answers.CognitiveOrBehaviouralChange, "cognitiveOrBehaviouralChange");
        checker.Choice<YesNoUnknown>(answers.EarlierStemCellTreatment, "earlierStemCellTreatment");
        checker.Choice<YesNoUnknown>(answers.EarlierTcmTreatment, "earlierTcmTreatment");
        if (answers.GastrostomyDate is not null && gastrostomy is not YesNoUnknown.Yes)
        {
            errors.Add(new ValidationError("gastrostomyDate", "notApplicable", "A gastrostomy date is given, but the answer says there is no gastrostomy."));
        }
        var genes = CheckGenes(answers.GenesWithVariant, genetics, errors);
        CheckNumber(answers.HeightCm, "heightCm", MinHeightCm, MaxHeightCm, "cm", errors);
        CheckNumber(answers.WeightKg, "weightKg", MinWeightKg, MaxWeightKg, "kg", errors);
        CheckNumber(answers.WeightBeforeIllnessKg, "weightBeforeIllnessKg", MinWeightKg, MaxWeightKg, "kg", errors);
        var alsfrsr = CheckAlsfrsr(answers.Alsfrsr, gastrostomy, breathing, forSubmission, errors);
        if (alsfrsr is not null && string.IsNullOrWhiteSpace(answers.AlsfrsrWording))
        {
            errors.Add(new ValidationError("alsfrsrWording", ValidationError.Required, "Say in which ALSFRS-R wording the items were answered."));
        }

        var normalised = answers with
        {
            CountryOfResidence = checker.Text(answers.CountryOfResidence, "countryOfResidence", MaxShortText),
            FirstSymptoms = checker.Text(answers.FirstSymptoms, "firstSymptoms", MaxLongText),
            Spread = checker.Text(answers.Spread, "spread", MaxLongText),
            DiagnosedBy = checker.Text(answers.DiagnosedBy, "diagnosedBy", MaxShortText),
            OtherGeneticFindings = checker.Text(answers.OtherGeneticFindings, "otherGeneticFindings", MaxLongText),
            FamilyHistoryDetails = checker.Text(answers.FamilyHistoryDetails, "familyHistoryDetails", MaxLongText),
            CognitiveOrBehaviouralDetails = checker.Text(answers.CognitiveOrBehaviouralDetails, "cognitiveOrBehaviouralDetails", MaxLongText),
            OtherMedications = checker.Text(answers.OtherMedications, "otherMedications", MaxLongText),
            Allergies = checker.Text(answers.Allergies, "allergies", MaxLongText),
            EarlierStemCellDetails = checker.Text(answers.EarlierStemCellDetails, "earlierStemCellDetails", MaxLongText),
            EarlierTcmDetails = checker.Text(answers.EarlierTcmDetails, "earlierTcmDetails", MaxLongText),
            Goals = checker.Text(answers.Goals, "goals", MaxLongText),
            Questions = checker.Text(answers.Questions, "questions", MaxLongText),
            GenesWithVariant = genes,
            Alsfrsr = alsfrsr,
            AlsfrsrWording = alsfrsr is null ? null : answers.AlsfrsrWording,
        };
        if (forSubmission)
        {
            RequireComplete(normalised, diagnosis, errors);
        }
        return errors.Count == 0 ? normalised : Result<QuestionnaireAnswers>.Failure(errors);
    }

    /// <summary>The fields a submission needs, in questionnaire order.</summary>
    private static void RequireComplete(QuestionnaireAnswers a, ReportedDiagnosis? diagnosis, List<Error> errors)
    {
        void Require(object? value, string field)
        {
            if (value is null && !errors.Any(e => e is ValidationError v && v.Field == field))
            {
                errors.Add(new ValidationError(field, ValidationError.Required, "Please answer this question before sending."));
            }
        }
        Require(a.OnsetDate, "onsetDate");
        Require(a.OnsetSite, "onsetSite");
        Require(a.Diagnosis, "diagnosis");
        if (diagnosis is not ReportedDiagnosis.NotYetDiagnosed)
        {
            Require(a.DiagnosisDate, "diagnosisDate");
        }
        Require(a.BreathingSupport, "breathingSupport");
        Require(a.Gastrostomy, "gastrostomy");
        Require(a.GeneticTesting, "geneticTesting");
        Require(a.FamilyHistory, "familyHistory");
        Require(a.CognitiveOrBehaviouralChange, "cognitiveOrBehaviouralChange");
        Require(a.TakesRiluzole, "takesRiluzole");
        Require(a.TakesEdaravone, "takesEdaravone");
        Require(a.TakesTofersen, "takesTofersen");
        Require(a.EarlierStemCellTreatment, "earlierStemCellTreatment");
        Require(a.EarlierTcmTreatment, "earlierTcmTreatment");
    }

    private static List<string>? CheckGenes(IReadOnlyList<string>? genes, GeneticTesting? testing, List<Error> errors)
    {
        if (genes is null || genes.Count == 0)
        {
            return null;
        }
        var unknown = genes.Where(g => !QuestionnaireChoices.NamedGenes.Contains(g)).ToList();
        if (unknown.Count > 0)
        {
            errors.Add(new ValidationError("genesWithVariant", "invalidValue",
                $"genesWithVariant may contain only: {string.Join(", ", QuestionnaireChoices.NamedGenes)}; name other genes in words."));
        }
        if (testing is not GeneticTesting.VariantFound)
        {
            errors.Add(new ValidationError("genesWithVariant", "notApplicable", "Genes are named, but the answer says no variant was found."));
        }
        return [.. genes.Distinct(StringComparer.Ordinal)];
    }

    private static void CheckNumber(decimal? value, string field, decimal min, decimal max, string unit, List<Error> errors)
    {
        if (value is { } v && (v < min || v > max))
        {
            errors.Add(new ValidationError(field, ValidationError.OutOfRange,
                string.Create(CultureInfo.InvariantCulture, $"{field} must be from {min} to {max} {unit}.")));
        }
    }

    private static Dictionary<string, int?>? CheckAlsfrsr(IReadOnlyDictionary<string, int?>? items, YesNoUnknown? gastrostomy,
        BreathingSupport? breathing, bool forSubmission, List<Error> errors)
    {
        var given = items?.Where(i => i.Value is not null).ToDictionary(i => i.Key, i => i.Value, StringComparer.Ordinal) ?? [];
        foreach (var (name, score) in given)
        {
            if (!AlsfrsR.ItemNames.All.Contains(name))
            {
                errors.Add(new ValidationError("alsfrsr", "unknownItem", $"ALSFRS-R has no item named {name}."));
            }
            else if (score is < AlsfrsR.MinItemScore or > AlsfrsR.MaxItemScore)
            {
                errors.Add(AlsfrsR.ItemOutOfRange(name));
            }
        }
        if (forSubmission)
        {
            errors.AddRange(AlsfrsR.Create(given).Errors.Where(e => !errors.Contains(e)));
        }
        if (gastrostomy is YesNoUnknown.No && given.ContainsKey(AlsfrsR.ItemNames.CuttingWithGastrostomy))
        {
            errors.Add(new ValidationError(AlsfrsR.ItemNames.CuttingWithGastrostomy, "gastrostomyMismatch",
                "Item 5b is for people with a feeding tube; without one, answer item 5a."));
        }
        if (gastrostomy is YesNoUnknown.Yes && given.ContainsKey(AlsfrsR.ItemNames.CuttingWithoutGastrostomy))
        {
            errors.Add(new ValidationError(AlsfrsR.ItemNames.CuttingWithoutGastrostomy, "gastrostomyMismatch",
                "Item 5a is for people without a feeding tube; with one, answer item 5b."));
        }
        if (breathing is { } support && given.TryGetValue(AlsfrsR.ItemNames.RespiratoryInsufficiency, out var item12)
            && item12 is >= AlsfrsR.MinItemScore and <= AlsfrsR.MaxItemScore && !Agrees(support, item12.Value))
        {
            errors.Add(new ValidationError(AlsfrsR.ItemNames.RespiratoryInsufficiency, "breathingSupportMismatch",
                "The answer to item 12 does not match the breathing support described; please check both."));
        }
        return given.Count == 0 ? null : given;
    }

    private static bool Agrees(BreathingSupport support, int item12) => support switch
    {
        BreathingSupport.None => item12 == 4,
        BreathingSupport.NonInvasivePartTime => item12 is 2 or 3,
        BreathingSupport.NonInvasiveFullTime => item12 == 1,
        BreathingSupport.Invasive => item12 == 0,
    };

    /// <summary>A date the patient gives (yyyy-MM-dd, optional): not in the future and not before birth.</summary>
    /// <param name="text">The text, or null when not given.</param>
    /// <param name="field">The field, for the error.</param>
    /// <param name="birthDate">The patient's date of birth.</param>
    /// <param name="today">Today in the clinic's time zone.</param>
    public static Result<DateOnly?> CheckDate(string? text, string field, DateOnly birthDate, DateOnly today)
    {
        if (string.IsNullOrEmpty(text))
        {
            return Result<DateOnly?>.Success(null);
        }
        if (!PatientDetails.TryParseDate(text, out var date))
        {
            return new ValidationError(field, "invalidDate", "Write the date as year-month-day, for example 2024-03-01.");
        }
        if (date > today)
        {
            return new ValidationError(field, "futureDate", "This date is in the future.");
        }
        return date < birthDate
            ? new ValidationError(field, "beforeBirth", "This date is before the patient's date of birth.")
            : Result<DateOnly?>.Success(date);
    }

    /// <summary>Collects errors while checking one questionnaire's fields.</summary>
    private sealed class FieldChecker(List<Error> errors, DateOnly birthDate, DateOnly today)
    {
        public DateOnly? Date(string? text, string field)
        {
            var date = CheckDate(text, field, birthDate, today);
            errors.AddRange(date.Errors);
            return date.IsSuccess ? date.Value : null;
        }

        public TEnum? Choice<TEnum>(string? text, string field, IReadOnlyList<TEnum>? allowed = null) where TEnum : struct, Enum
        {
            if (string.IsNullOrEmpty(text))
            {
                return null;
            }
            var value = WireNames.Parse<TEnum>(text);
            if (value is null || (allowed is not null && !allowed.Contains(value.Value)))
            {
                var names = allowed is null ? WireNames.All<TEnum>() : [.. allowed.Select(a => WireNames.Of(a))];
                errors.Add(new ValidationError(field, "invalidValue", $"{field} must be one of: {string.Join(", ", names)}."));
                return null;
            }
            return value;
        }

        public string? Text(string? text, string field, int maxLength)
        {
            var result = FreeText.Optional(text, field, maxLength, multiline: maxLength > MaxShortText);
            errors.AddRange(result.Errors);
            return result.IsSuccess ? result.Value : text;
        }
    }
}
