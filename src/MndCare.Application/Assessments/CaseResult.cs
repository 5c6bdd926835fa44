using MndCare.Domain.Explanations;
using MndCare.Domain.Prognosis;
using MndCare.Domain.Results;

namespace MndCare.Application.Assessments;

/// <summary>Every output of the `mndcare assess` contract for one case; null where an input was missing or invalid.</summary>
public sealed class CaseResult
{
    public string? Id { get; set; }

    public AlsfrsRScores? Alsfrsr { get; set; }

    public double? DeltaFs { get; set; }

    public string? ProgressionGroup { get; set; }

    public string? KingsStage { get; set; }

    public int? MitosStage { get; set; }

    public string? ElEscorial { get; set; }

    public string? Awaji { get; set; }

    public string? GoldCoast { get; set; }

    public string? Phenotype { get; set; }

    public string? Pls { get; set; }

    public FvcOutput? Fvc { get; set; }

    public EncalsOutput? Encals { get; set; }

    /// <summary>The full ENCALS prediction behind <see cref="Encals"/> (curve, contributions); not part of the batch output.</summary>
    public EncalsPrediction? EncalsPrediction { get; set; }

    /// <summary>Informational notes that are not errors (Decision 14), as codes.</summary>
    public List<ClinicalReason> Notes { get; } = [];

    public List<Error> Errors { get; } = [];
}

/// <summary>ALSFRS-R total and the four subscores (Decision 2).</summary>
public sealed record AlsfrsRScores(int Total, int Bulbar, int FineMotor, int GrossMotor, int Respiratory);

/// <summary>FVC in percent of predicted; the Hankinson values are null without their inputs (Decision 14).</summary>
public sealed record FvcOutput(double? PredictedLiters, double? LowerLimitLiters, double PercentPredicted);

/// <summary>ENCALS prediction: linear predictor, S(t) at 12, 24, 36 and 60 months from onset, and the median.</summary>
public sealed record EncalsOutput(double LinearPredictor, double Survival12, double Survival24, double Survival36, double Survival60, double? MedianMonthsFromOnset);
