using System.Globalization;
using MndCare.Application.Assessments.Wordings;
using MndCare.Domain.Assessments;
using MndCare.Domain.Criteria;
using MndCare.Domain.Infusions;
using MndCare.Domain.Patients;
using MndCare.Domain.Respiratory;
using MndCare.Domain.Results;

namespace MndCare.Application.Assessments;

/// <summary>Validates an <see cref="AssessmentForm"/> against the patient's dates and turns it into <see cref="AssessmentInputs"/>.</summary>
/// <remarks>The same rules as the batch contract (Decision 2 for the ALSFRS-R; the physiological ranges of
/// <see cref="CaseReader"/>): an ALSFRS-R is all twelve items or none.</remarks>
public static class AssessmentInputsFactory
{
    private static readonly string[] Regions = [.. Enum.GetValues<Region>().Select(r => r.WireName())];

    public static Result<AssessmentInputs> Create(AssessmentForm form, Patient patient, DateOnly today, AlsfrsRWordings wordings)
    {
        ArgumentNullException.ThrowIfNull(wordings);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(patient);
        var errors = new List<Error>();
        var date = Date(form.AssessmentDate, patient, today, errors);
        var alsfrs = AlsfrsR(form, errors);
        AlsfrsRMode? mode = form.Mode switch
        {
            "clinician" => AlsfrsRMode.Clinician,
            "selfAdministered" => AlsfrsRMode.SelfAdministered,
            _ => null,
        };
        if (alsfrs is not null && mode is null)
        {
            errors.Add(new ValidationError("mode", "invalidValue", "mode must be clinician or selfAdministered."));
        }
        if (alsfrs is not null && wordings.Find(form.AlsfrsRWording) is null)
        {
            errors.Add(new ValidationError("alsfrsrWording", "invalidValue", "alsfrsrWording must name the ALSFRS-R wording the items were rated in."));
        }
        var fvcLiters = Number(form.FvcLiters, "fvcLiters", CaseReader.MinFvcLiters, CaseReader.MaxFvcLiters, errors);
        var fvcPercent = Number(form.FvcPercentPredicted, "fvcPercentPredicted", CaseReader.MinFvcPercent, CaseReader.MaxFvcPercent, errors);
        var height = Number(form.HeightCm, "heightCm", CaseReader.MinHeightCm, CaseReader.MaxHeightCm, errors);
        var weight = Weight(form.WeightKg, errors);
        SpirometryEthnicity? ethnicity = form.Ethnicity switch
        {
            null or "" => null,
            "caucasian" => SpirometryEthnicity.Caucasian,
            "africanAmerican" => SpirometryEthnicity.AfricanAmerican,
            "mexicanAmerican" => SpirometryEthnicity.MexicanAmerican,
            _ => Invalid<SpirometryEthnicity>(errors, "ethnicity", "ethnicity must be caucasian, africanAmerican or mexicanAmerican."),
        };
        var findings = form.ExaminationRecorded ? Findings(form, errors) : null;
        var ftd = Known(form.Ftd, "ftd", errors);
        var c9orf72 = Known(form.C9orf72, "c9orf72", errors);
        if (errors.Count > 0 || date is null)
        {
            return Result<AssessmentInputs>.Failure(errors);
        }
        return new AssessmentInputs
        {
            AssessmentDate = date.Value,
            AlsfrsR = alsfrs,
            AlsfrsRMode = alsfrs is null ? null : mode,
            AlsfrsRWording = alsfrs is null ? null : form.AlsfrsRWording,
            FvcLiters = fvcLiters,
            FvcPercentPredicted = fvcPercent,
            HeightCm = height,
            Ethnicity = ethnicity,
            Weight = weight,
            Findings = findings,
            Ftd = ftd,
            C9orf72 = c9orf72,
        };
    }

    /// <summary>The form that shows <paramref name="inputs"/> again (for corrections).</summary>
    public static AssessmentForm ToForm(AssessmentInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        string? Item(int? value) => value?.ToString(CultureInfo.InvariantCulture);
        string? Number(double? value) => value?.ToString(CultureInfo.InvariantCulture);
        var a = inputs.AlsfrsR;
        var f = inputs.Findings;
        List<string> RegionsWith(Func<RegionFindings, bool> finding) =>
            f is null ? [] : [.. f.RegionsWhere(finding).Select(r => Regions[(int)r])];
        return new AssessmentForm
        {
            AssessmentDate = PatientDetails.FormatDate(inputs.AssessmentDate),
            Mode = inputs.AlsfrsRMode == AlsfrsRMode.SelfAdministered ? "selfAdministered" : "clinician",
            AlsfrsRWording = inputs.AlsfrsRWording,
            Speech = Item(a?.Speech),
            Salivation = Item(a?.Salivation),
            Swallowing = Item(a?.Swallowing),
            Handwriting = Item(a?.Handwriting),
            Cutting = Item(a?.CuttingWithoutGastrostomy ?? a?.CuttingWithGastrostomy),
            Gastrostomy = a?.CuttingWithGastrostomy is not null,
            Dressing = Item(a?.Dressing),
            Turning = Item(a?.Turning),
            Walking = Item(a?.Walking),
            Climbing = Item(a?.Climbing),
            Dyspnea = Item(a?.Dyspnea),
            Orthopnea = Item(a?.Orthopnea),
            RespiratoryInsufficiency = Item(a?.RespiratoryInsufficiency),
            FvcLiters = Number(inputs.FvcLiters),
            FvcPercentPredicted = Number(inputs.FvcPercentPredicted),
            HeightCm = Number(inputs.HeightCm),
            WeightKg = inputs.Weight?.Kilograms.ToString(CultureInfo.InvariantCulture),
            Ethnicity = inputs.Ethnicity switch
            {
                SpirometryEthnicity.Caucasian => "caucasian",
                SpirometryEthnicity.AfricanAmerican => "africanAmerican",
                SpirometryEthnicity.MexicanAmerican => "mexicanAmerican",
                null => null,
            },
            ExaminationRecorded = f is not null,
            Umn = RegionsWith(r => r.Umn),
            LmnClinical = RegionsWith(r => r.LmnClinical),
            LmnEmg = RegionsWith(r => r.LmnEmg),
            FasciculationEmg = RegionsWith(r => r.FasciculationEmg),
            Progression = f?.ProgressionDocumented ?? false,
            AlternativeExcluded = f?.AlternativeExcluded ?? false,
            Ftd = inputs.Ftd.WireName(),
            C9orf72 = inputs.C9orf72.WireName(),
        };
    }

    private static DateOnly? Date(string? text, Patient patient, DateOnly today, List<Error> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(new ValidationError("assessmentDate", "required", "assessmentDate is required."));
            return null;
        }
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors.Add(new ValidationError("assessmentDate", "invalidDate", "assessmentDate must be a calendar date written yyyy-MM-dd."));
            return null;
        }
        if (date > today)
        {
            errors.Add(new ValidationError("assessmentDate", "futureDate", "assessmentDate is in the future."));
            return null;
        }
        if (date <= patient.BirthDate || (patient.DeathDate is { } death && date > death))
        {
            errors.Add(new ValidationError("assessmentDate", "outsideLifetime", "assessmentDate must lie between birth and death."));
            return null;
        }
        return date;
    }

    private static AlsfrsR? AlsfrsR(AssessmentForm form, List<Error> errors)
    {
        var items = form.Items;
        if (items.All(i => string.IsNullOrWhiteSpace(i.Value)))
        {
            return null; // no ALSFRS-R at this visit
        }
        var scores = new Dictionary<string, int?>(StringComparer.Ordinal);
        foreach (var (name, value) in items)
        {
            var key = name == "cutting"
                ? (form.Gastrostomy ? Domain.Assessments.AlsfrsR.ItemNames.CuttingWithGastrostomy : Domain.Assessments.AlsfrsR.ItemNames.CuttingWithoutGastrostomy)
                : name;
            scores[key] = string.IsNullOrWhiteSpace(value) ? null
                : int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var score) ? score : -1;
        }
        var result = Domain.Assessments.AlsfrsR.Create(scores);
        if (result.IsSuccess)
        {
            return result.Value;
        }
        // Item 5's field in the form is "cutting", whichever variant was rated.
        errors.AddRange(result.Errors.Select(e => e is ValidationError v && v.Field.StartsWith("cutting", StringComparison.Ordinal)
            ? v with { Field = "cutting" } : e));
        return null;
    }

    private static double? Number(string? text, string field, double min, double max, List<Error> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (!double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            errors.Add(new ValidationError(field, "invalidValue", $"{field} must be a number such as 3.25."));
            return null;
        }
        if (value < min || value > max)
        {
            errors.Add(new ValidationError(field, "outOfRange",
                string.Create(CultureInfo.InvariantCulture, $"{field} must be from {min} to {max}.")));
            return null;
        }
        return value;
    }

    // The one weight rule (20-300 kg, BodyWeight) with the form's number parsing.
    private static BodyWeight? Weight(string? text, List<Error> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var kilograms))
        {
            errors.Add(new ValidationError("weightKg", "invalidValue", "weightKg must be a number such as 62.5."));
            return null;
        }
        var weight = BodyWeight.Create(kilograms);
        errors.AddRange(weight.Errors);
        return weight.IsSuccess ? weight.Value : null;
    }

    private static Findings Findings(AssessmentForm form, List<Error> errors)
    {
        bool In(List<string> regions, string region) => regions.Contains(region, StringComparer.Ordinal);
        foreach (var unknown in form.Umn.Concat(form.LmnClinical).Concat(form.LmnEmg).Concat(form.FasciculationEmg).Where(r => !Regions.Contains(r)).Distinct())
        {
            errors.Add(new ValidationError("findings", "invalidValue", $"{unknown} is not a region."));
        }
        RegionFindings[] byRegion = [.. Regions.Select(r => new RegionFindings(In(form.Umn, r), In(form.LmnClinical, r), In(form.LmnEmg, r), In(form.FasciculationEmg, r)))];
        return Domain.Criteria.Findings.Create(byRegion, form.Progression, form.AlternativeExcluded);
    }

    // An empty answer is "not known", the form's default; nothing is ever taken as "no" unless chosen.
    private static YesNoNotKnown Known(string? text, string field, List<Error> errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            return YesNoNotKnown.NotKnown;
        }
        if (YesNoNotKnownValues.Parse(text) is { } value)
        {
            return value;
        }
        errors.Add(new ValidationError(field, "invalidValue", $"{field} must be yes, no or notKnown."));
        return YesNoNotKnown.NotKnown;
    }

    private static T? Invalid<T>(List<Error> errors, string field, string message) where T : struct
    {
        errors.Add(new ValidationError(field, "invalidValue", message));
        return null;
    }
}
