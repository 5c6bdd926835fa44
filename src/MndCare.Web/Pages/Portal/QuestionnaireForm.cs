using System.Globalization;
using MndCare.Domain.Assessments;
using MndCare.Domain.Consultations;
using MndCare.Domain.Results;

namespace MndCare.Web.Pages.Portal;

/// <summary>The questionnaire as an HTML form posts it: text fields, converted to <see cref="QuestionnaireAnswers"/>.</summary>
public sealed class QuestionnaireForm
{
    public string? CountryOfResidence { get; set; }
    public string? HeightCm { get; set; }
    public string? WeightKg { get; set; }
    public string? WeightBeforeIllnessKg { get; set; }
    public string? OnsetDate { get; set; }
    public string? OnsetSite { get; set; }
    public string? FirstSymptoms { get; set; }
    public string? Spread { get; set; }
    public string? Diagnosis { get; set; }
    public string? DiagnosisDate { get; set; }
    public string? DiagnosedBy { get; set; }
    public Dictionary<string, string?> Alsfrsr { get; set; } = [];
    public string? AlsfrsrWording { get; set; }
    public string? BreathingSupport { get; set; }
    public string? Gastrostomy { get; set; }
    public string? GastrostomyDate { get; set; }
    public string? GeneticTesting { get; set; }
    public List<string> GenesWithVariant { get; set; } = [];
    public string? OtherGeneticFindings { get; set; }
    public string? FamilyHistory { get; set; }
    public string? FamilyHistoryDetails { get; set; }
    public string? CognitiveOrBehaviouralChange { get; set; }
    public string? CognitiveOrBehaviouralDetails { get; set; }
    public string? TakesRiluzole { get; set; }
    public string? TakesEdaravone { get; set; }
    public string? TakesTofersen { get; set; }
    public string? OtherMedications { get; set; }
    public string? Allergies { get; set; }
    public string? EarlierStemCellTreatment { get; set; }
    public string? EarlierStemCellDetails { get; set; }
    public string? EarlierTcmTreatment { get; set; }
    public string? EarlierTcmDetails { get; set; }
    public string? Goals { get; set; }
    public string? Questions { get; set; }

    /// <summary>The form filled from stored answers.</summary>
    public static QuestionnaireForm From(QuestionnaireAnswers a)
    {
        ArgumentNullException.ThrowIfNull(a);
        static string? Yes(bool? value) => value switch { true => "yes", false => "no", null => null };
        return new QuestionnaireForm
        {
            CountryOfResidence = a.CountryOfResidence,
            HeightCm = a.HeightCm?.ToString(CultureInfo.InvariantCulture),
            WeightKg = a.WeightKg?.ToString(CultureInfo.InvariantCulture),
            WeightBeforeIllnessKg = a.WeightBeforeIllnessKg?.ToString(CultureInfo.InvariantCulture),
            OnsetDate = a.OnsetDate, OnsetSite = a.OnsetSite, FirstSymptoms = a.FirstSymptoms, Spread = a.Spread,
            Diagnosis = a.Diagnosis, DiagnosisDate = a.DiagnosisDate, DiagnosedBy = a.DiagnosedBy,
            Alsfrsr = a.Alsfrsr?.ToDictionary(i => i.Key, i => i.Value?.ToString(CultureInfo.InvariantCulture)) ?? [],
            AlsfrsrWording = a.AlsfrsrWording,
            BreathingSupport = a.BreathingSupport, Gastrostomy = a.Gastrostomy, GastrostomyDate = a.GastrostomyDate,
            GeneticTesting = a.GeneticTesting, GenesWithVariant = [.. a.GenesWithVariant ?? []], OtherGeneticFindings = a.OtherGeneticFindings,
            FamilyHistory = a.FamilyHistory, FamilyHistoryDetails = a.FamilyHistoryDetails,
            CognitiveOrBehaviouralChange = a.CognitiveOrBehaviouralChange, CognitiveOrBehaviouralDetails = a.CognitiveOrBehaviouralDetails,
            TakesRiluzole = Yes(a.TakesRiluzole), TakesEdaravone = Yes(a.TakesEdaravone), TakesTofersen = Yes(a.TakesTofersen),
            OtherMedications = a.OtherMedications, Allergies = a.Allergies,
            EarlierStemCellTreatment = a.EarlierStemCellTreatment, EarlierStemCellDetails = a.EarlierStemCellDetails,
            EarlierTcmTreatment = a.EarlierTcmTreatment, EarlierTcmDetails = a.EarlierTcmDetails,
            Goals = a.Goals, Questions = a.Questions,
        };
    }

    /// <summary>The answers, or the fields whose text is not a number.</summary>
    public Result<QuestionnaireAnswers> ToAnswers()
    {
        var errors = new List<Error>();
        decimal? Number(string? text, string field)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }
            if (decimal.TryParse(text.Trim().Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }
            errors.Add(new ValidationError(field, "invalidNumber", "Write a number, for example 64.5."));
            return null;
        }
        static bool? Yes(string? text) => text switch { "yes" => true, "no" => false, _ => null };
        var height = Number(HeightCm, "heightCm");
        var items = new Dictionary<string, int?>(StringComparer.Ordinal);
        foreach (var name in AlsfrsR.ItemNames.All)
        {
            if (Alsfrsr.TryGetValue(name, out var text) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var score))
            {
                items[name] = score;
            }
        }
        var answers = new QuestionnaireAnswers
        {
            CountryOfResidence = CountryOfResidence,
            HeightCm = height is { } h ? (int)Math.Round(h) : null,
            WeightKg = Number(WeightKg, "weightKg"),
            WeightBeforeIllnessKg = Number(WeightBeforeIllnessKg, "weightBeforeIllnessKg"),
            OnsetDate = Empty(OnsetDate), OnsetSite = Empty(OnsetSite), FirstSymptoms = FirstSymptoms, Spread = Spread,
            Diagnosis = Empty(Diagnosis), DiagnosisDate = Empty(DiagnosisDate), DiagnosedBy = DiagnosedBy,
            Alsfrsr = items.Count == 0 ? null : items,
            AlsfrsrWording = items.Count == 0 ? null : Empty(AlsfrsrWording),
            BreathingSupport = Empty(BreathingSupport), Gastrostomy = Empty(Gastrostomy),
            GastrostomyDate = Gastrostomy == "yes" ? Empty(GastrostomyDate) : null,
            GeneticTesting = Empty(GeneticTesting),
            GenesWithVariant = GeneticTesting == "variantFound" && GenesWithVariant.Count > 0 ? GenesWithVariant : null,
            OtherGeneticFindings = OtherGeneticFindings,
            FamilyHistory = Empty(FamilyHistory), FamilyHistoryDetails = FamilyHistoryDetails,
            CognitiveOrBehaviouralChange = Empty(CognitiveOrBehaviouralChange), CognitiveOrBehaviouralDetails = CognitiveOrBehaviouralDetails,
            TakesRiluzole = Yes(TakesRiluzole), TakesEdaravone = Yes(TakesEdaravone), TakesTofersen = Yes(TakesTofersen),
            OtherMedications = OtherMedications, Allergies = Allergies,
            EarlierStemCellTreatment = Empty(EarlierStemCellTreatment), EarlierStemCellDetails = EarlierStemCellDetails,
            EarlierTcmTreatment = Empty(EarlierTcmTreatment), EarlierTcmDetails = EarlierTcmDetails,
            Goals = Goals, Questions = Questions,
        };
        return errors.Count == 0 ? answers : Result<QuestionnaireAnswers>.Failure(errors);
    }

    private static string? Empty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
