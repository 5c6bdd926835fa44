using MndCare.Domain.Results;

namespace MndCare.Domain.Tcm.Herbs;

/// <summary>The other active prescription of the same patient, by its herbs.</summary>
/// <param name="Reference">How the finding names it (an id or a label).</param>
/// <param name="Herbs">Its herbs.</param>
public sealed record ActiveHerbalPrescription(string Reference, IReadOnlyList<Herb> Herbs);

/// <summary>The herb safety rules for one prescription's items.</summary>
/// <remarks>Starting lists: reference therapy-safety-tcm.md D6; riluzole: S48. Refusals are errors (nothing is saved);
/// warnings are findings. docs/tcm/catalogues.md, "Safety rules".</remarks>
public static class HerbPrescriptionRules
{
    /// <summary>The herbs the names resolve to with their warnings, or the errors that refuse the prescription:
    /// unknown or ambiguous names, and every aristolochic-acid herb whatever name form was typed.</summary>
    /// <param name="catalogue">The catalogue the names are looked up in.</param>
    /// <param name="itemNames">The item names as typed, in order.</param>
    /// <param name="otherActive">The patient's other active herbal prescriptions.</param>
    /// <param name="patientOnRiluzole">True when riluzole is among the patient's current medications.</param>
    public static Result<HerbPrescriptionCheck> Check(HerbCatalogue catalogue, IReadOnlyList<string> itemNames,
        IReadOnlyList<ActiveHerbalPrescription> otherActive, bool patientOnRiluzole)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(itemNames);
        ArgumentNullException.ThrowIfNull(otherActive);
        var errors = new List<Error>();
        var herbs = new List<Herb>();
        foreach (var name in itemNames)
        {
            var found = catalogue.Find(name);
            if (!found.IsSuccess)
            {
                errors.AddRange(found.Errors);
            }
            else if (found.Value.Has(HerbSafetyFlag.AristolochicAcid))
            {
                errors.Add(new AristolochicAcidHerbError(name, found.Value));
            }
            else
            {
                herbs.Add(found.Value);
            }
        }
        if (errors.Count > 0)
        {
            return Result<HerbPrescriptionCheck>.Failure(errors);
        }
        return new HerbPrescriptionCheck(herbs, Findings(herbs, otherActive, patientOnRiluzole));
    }

    private static List<HerbFinding> Findings(List<Herb> herbs, IReadOnlyList<ActiveHerbalPrescription> otherActive, bool patientOnRiluzole)
    {
        var findings = new List<HerbFinding>();
        foreach (var (herb, index) in herbs.Select((herb, index) => (herb, index)))
        {
            if (herbs.IndexOf(herb) != index)
            {
                findings.Add(new DuplicateHerbFinding(herb, null));
                continue;
            }
            if (herb.Has(HerbSafetyFlag.Hepatotoxic))
            {
                findings.Add(new HepatotoxicHerbFinding(herb));
                if (patientOnRiluzole)
                {
                    findings.Add(new RiluzoleWithHepatotoxicHerbFinding(herb));
                }
            }
            if (herb.Has(HerbSafetyFlag.SubstitutionRisk))
            {
                findings.Add(new ConfirmBotanicalSourceFinding(herb));
            }
            findings.AddRange(otherActive.Where(p => p.Herbs.Contains(herb)).Select(p => new DuplicateHerbFinding(herb, p.Reference)));
        }
        return findings;
    }
}

/// <summary>A prescription's herbs, resolved from the names typed, with the warnings they raise.</summary>
/// <param name="Herbs">The herbs, in item order.</param>
/// <param name="Findings">The warnings; those with <see cref="HerbFinding.NeedsAcknowledgement"/> must be acknowledged.</param>
public sealed record HerbPrescriptionCheck(IReadOnlyList<Herb> Herbs, IReadOnlyList<HerbFinding> Findings);
