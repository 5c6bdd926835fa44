using MndCare.Domain.Assessments;
using MndCare.Domain.Results;

namespace MndCare.Application.Assessments;

/// <summary>Computes every output of the `mndcare assess` contract for one read case.</summary>
/// <remarks>An output that needs a missing input is null and one missingInput error names that input and the outputs
/// that need it; an input that was given but invalid already carries its own error (Decision 14).</remarks>
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
        missing.Require(CaseFields.Id, "id", c.Id is not null);
        missing.Require(CaseFields.AssessmentDate, "assessmentDate", c.AssessmentDate is not null);

        var alsfrs = c.AlsfrsR;
        missing.Require(CaseFields.Alsfrsr, "alsfrsr", alsfrs is not null);
        if (alsfrs is not null)
        {
            result.Alsfrsr = new AlsfrsRScores(alsfrs.Total, alsfrs.Bulbar, alsfrs.FineMotor, alsfrs.GrossMotor, alsfrs.Respiratory);
        }

        result.DeltaFs = DeltaFs(c, missing, result);
        if (result.DeltaFs is { } deltaFs)
        {
            result.ProgressionGroup = thresholds.Classify(deltaFs) switch
            {
                ProgressionGroup.Slow => "slow",
                ProgressionGroup.Intermediate => "intermediate",
                ProgressionGroup.Fast => "fast",
            };
        }

        Stages(c, missing, result);
        missing.Report(result.Errors);
        return result;
    }

    private static double? DeltaFs(ClinicalCase c, MissingInputs missing, CaseResult result)
    {
        var hasInputs = missing.Require(CaseFields.Alsfrsr, "deltaFs", c.AlsfrsR is not null)
            & missing.Require(CaseFields.OnsetDate, "deltaFs", c.OnsetDate is not null)
            & missing.Require(CaseFields.AssessmentDate, "deltaFs", c.AssessmentDate is not null);
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
        if (!missing.Require(CaseFields.Alsfrsr, "kingsStage, mitosStage", c.AlsfrsR is not null))
        {
            return;
        }
        var kings = KingsStaging.Stage(c.AlsfrsR!);
        result.KingsStage = kings.Stage.WireName();
        if (kings.Note is { } note)
        {
            result.Notes.Add(note);
        }
        result.MitosStage = MitosStaging.Stage(c.AlsfrsR!).Stage;
    }

    /// <summary>Collects, per absent input, the outputs that needed it; invalid inputs have their own error already.</summary>
    private sealed class MissingInputs(ClinicalCase c)
    {
        private readonly Dictionary<string, List<string>> _needs = new(StringComparer.Ordinal);

        /// <summary>True when the input is present; otherwise notes that <paramref name="output"/> needed it.</summary>
        public bool Require(string field, string output, bool present)
        {
            if (present)
            {
                return true;
            }
            if (!c.IsInvalid(field))
            {
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
            foreach (var (field, outputs) in _needs)
            {
                var needed = outputs.Where(o => o != field).ToList();
                errors.Add(new ValidationError(field, CaseErrors.MissingInput, needed.Count == 0
                    ? $"{field} is missing."
                    : $"{field} is missing; needed for {string.Join(", ", needed)}."));
            }
        }
    }
}
