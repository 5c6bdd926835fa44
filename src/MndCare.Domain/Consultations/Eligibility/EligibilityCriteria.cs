using MndCare.Domain.Assessments;
using MndCare.Domain.Results;
using MndCare.Domain.Text;

namespace MndCare.Domain.Consultations.Eligibility;

/// <summary>A clinic's entry criteria for the programme, set by its administrator; a null limit is not checked.</summary>
/// <remarks>
/// These are the clinic's own rules, not evidence-based thresholds: no trial of IV UC-MSC in ALS defines them
/// (docs/evidence/msc-therapy.md). The defaults are examples an administrator is expected to review.
/// </remarks>
public sealed record EligibilityCriteria
{
    /// <summary>Longest contraindication label, in text elements.</summary>
    public const int MaxLabelLength = 200;

    /// <summary>Most contraindications a checklist may hold.</summary>
    public const int MaxContraindications = 30;

    /// <summary>How old a clinician assessment may be, in days, for an offer without an override reason, unless the clinic sets another.</summary>
    /// <remarks>A clinic policy, not a published threshold (see <see cref="OfferSafeguard"/>): about three months.</remarks>
    public const int DefaultCurrentAssessmentDays = 90;

    /// <summary>The longest window a clinic may set for a current assessment, in days.</summary>
    public const int MaxCurrentAssessmentDays = 365;

    /// <summary>Lowest ALSFRS-R total accepted (0–48); null when not a criterion.</summary>
    public int? MinAlsfrsrTotal { get; init; }

    /// <summary>Lowest FVC in percent of predicted accepted; null when not a criterion.</summary>
    public int? MinFvcPercentPredicted { get; init; }

    /// <summary>Whether invasive ventilation (tracheostomy) excludes.</summary>
    public bool ExcludeInvasiveVentilation { get; init; }

    /// <summary>Longest time from first symptom, in months; null when not a criterion.</summary>
    public int? MaxMonthsSinceOnset { get; init; }

    /// <summary>Youngest age accepted, in years; null when not a criterion.</summary>
    public int? MinAgeYears { get; init; }

    /// <summary>Oldest age accepted, in years; null when not a criterion.</summary>
    public int? MaxAgeYears { get; init; }

    /// <summary>How many days before the report date a clinician assessment may be and still count as current for an offer.</summary>
    public int CurrentAssessmentDays { get; init; } = DefaultCurrentAssessmentDays;

    /// <summary>Conditions the clinician must rule out, each of which excludes when present; each label is also its identity.</summary>
    public IReadOnlyList<string> Contraindications { get; init; } = [];

    /// <summary>The Simplified Chinese wording of contraindications, by label; a label without one reads as written.</summary>
    public IReadOnlyDictionary<string, string> ContraindicationsInChinese { get; init; } = new Dictionary<string, string>();

    /// <summary>The example criteria a new clinic starts with.</summary>
    public static EligibilityCriteria Defaults { get; } = new()
    {
        MinAlsfrsrTotal = 24,
        MinFvcPercentPredicted = 50,
        ExcludeInvasiveVentilation = true,
        MinAgeYears = 18,
        Contraindications =
        [
            "Active cancer, or cancer treatment in the last five years",
            "Active or uncontrolled infection",
            "Pregnancy or breastfeeding",
            "Severe heart, liver or kidney failure",
            "Bleeding disorder, or anticoagulation that cannot be paused",
            "Earlier severe reaction to a cell product or its excipients (e.g. DMSO, human albumin)",
        ],
        ContraindicationsInChinese = new Dictionary<string, string>
        {
            ["Active cancer, or cancer treatment in the last five years"] = "活动性癌症，或近五年内接受过癌症治疗",
            ["Active or uncontrolled infection"] = "活动性或未控制的感染",
            ["Pregnancy or breastfeeding"] = "妊娠或哺乳期",
            ["Severe heart, liver or kidney failure"] = "严重的心、肝或肾功能衰竭",
            ["Bleeding disorder, or anticoagulation that cannot be paused"] = "出血性疾病，或无法暂停的抗凝治疗",
            ["Earlier severe reaction to a cell product or its excipients (e.g. DMSO, human albumin)"] = "既往对细胞制品或其辅料（如二甲基亚砜、人血白蛋白）有严重反应",
        },
    };

    /// <summary>A contraindication's label in <paramref name="language"/>: its Chinese wording when there is one, else as written.</summary>
    /// <param name="label">A label from <see cref="Contraindications"/>.</param>
    /// <param name="language">The reader's language.</param>
    public string ContraindicationIn(string label, Patients.PreferredLanguage language) =>
        language == Patients.PreferredLanguage.SimplifiedChinese && ContraindicationsInChinese.TryGetValue(label, out var chinese) ? chinese : label;

    /// <summary>Checked criteria, or every problem found.</summary>
    /// <param name="minAlsfrsrTotal">Lowest ALSFRS-R total, or null.</param>
    /// <param name="minFvcPercentPredicted">Lowest FVC in percent of predicted, or null.</param>
    /// <param name="excludeInvasiveVentilation">Whether invasive ventilation excludes.</param>
    /// <param name="maxMonthsSinceOnset">Longest time from first symptom in months, or null.</param>
    /// <param name="minAgeYears">Youngest age in years, or null.</param>
    /// <param name="maxAgeYears">Oldest age in years, or null.</param>
    /// <param name="contraindications">The contraindication labels; blank lines and repeats are dropped.</param>
    /// <param name="currentAssessmentDays">How old an assessment may be for an offer without an override reason.</param>
    /// <param name="contraindicationsInChinese">The Simplified Chinese wording of each contraindication, in the same order; none
    /// or one for each.</param>
    public static Result<EligibilityCriteria> Create(int? minAlsfrsrTotal, int? minFvcPercentPredicted, bool excludeInvasiveVentilation,
        int? maxMonthsSinceOnset, int? minAgeYears, int? maxAgeYears, IEnumerable<string?> contraindications,
        int currentAssessmentDays = DefaultCurrentAssessmentDays, IEnumerable<string?>? contraindicationsInChinese = null)
    {
        ArgumentNullException.ThrowIfNull(contraindications);
        var errors = new List<Error>();
        void Range(int? value, string field, int min, int max)
        {
            if (value is { } v && (v < min || v > max))
            {
                errors.Add(new ValidationError(field, ValidationError.OutOfRange, $"{field} must be from {min} to {max}."));
            }
        }
        Range(minAlsfrsrTotal, "minAlsfrsrTotal", 0, AlsfrsR.MaxTotal);
        Range(minFvcPercentPredicted, "minFvcPercentPredicted", 0, 150);
        Range(maxMonthsSinceOnset, "maxMonthsSinceOnset", 1, 600);
        Range(minAgeYears, "minAgeYears", 0, 120);
        Range(maxAgeYears, "maxAgeYears", 0, 120);
        Range(currentAssessmentDays, "currentAssessmentDays", 1, MaxCurrentAssessmentDays);
        if (minAgeYears is { } lo && maxAgeYears is { } hi && lo > hi)
        {
            errors.Add(new ValidationError("maxAgeYears", "outOfOrder", "The oldest age is below the youngest age."));
        }
        var given = contraindications.Where(c => !string.IsNullOrWhiteSpace(c)).ToList();
        var givenInChinese = (contraindicationsInChinese ?? []).Where(c => !string.IsNullOrWhiteSpace(c)).ToList();
        if (givenInChinese.Count > 0 && givenInChinese.Count != given.Count)
        {
            errors.Add(new ValidationError("contraindicationsInChinese", "countMismatch",
                "Give the Chinese wording of every contraindication, one per line in the same order, or of none."));
        }
        var labels = new List<string>();
        var inChinese = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < given.Count; i++)
        {
            var text = FreeText.Required(given[i], "contraindications", MaxLabelLength);
            errors.AddRange(text.Errors);
            if (!text.IsSuccess || labels.Contains(text.Value, StringComparer.Ordinal))
            {
                continue;
            }
            labels.Add(text.Value);
            if (givenInChinese.Count == given.Count)
            {
                var chinese = FreeText.Required(givenInChinese[i], "contraindicationsInChinese", MaxLabelLength);
                errors.AddRange(chinese.Errors);
                if (chinese.IsSuccess)
                {
                    inChinese[text.Value] = chinese.Value;
                }
            }
        }
        if (labels.Count > MaxContraindications)
        {
            errors.Add(new ValidationError("contraindications", "tooMany", $"At most {MaxContraindications} contraindications."));
        }
        return errors.Count > 0
            ? Result<EligibilityCriteria>.Failure(errors)
            : new EligibilityCriteria
            {
                MinAlsfrsrTotal = minAlsfrsrTotal,
                MinFvcPercentPredicted = minFvcPercentPredicted,
                ExcludeInvasiveVentilation = excludeInvasiveVentilation,
                MaxMonthsSinceOnset = maxMonthsSinceOnset,
                MinAgeYears = minAgeYears,
                MaxAgeYears = maxAgeYears,
                Contraindications = labels,
                ContraindicationsInChinese = inChinese,
                CurrentAssessmentDays = currentAssessmentDays,
            };
    }
}
