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
        var resolved = new List<(string Name, Herb Herb)>();
        foreach (var name in itemNames)
        {
            var found = catalogue.Find(name);
            if (found.IsSuccess)
            {
                resolved.Add((name, found.Value));
            }
            else
            {
                errors.AddRange(found.Errors);
            }
        }
        var check = Check(resolved, otherActive, patientOnRiluzole);
        return errors.Count > 0 ? Result<HerbPrescriptionCheck>.Failure([.. errors, .. check.Errors]) : check;
    }

    /// <summary>The rules over herbs already resolved (a draft's items when it is signed): every aristolochic-acid herb refused,
    /// otherwise the herbs with their warnings.</summary>
    /// <param name="items">Each item's name (as typed or stored) and herb, in order.</param>
    /// <param name="otherActive">The patient's other active herbal prescriptions.</param>
    /// <param name="patientOnRiluzole">True when riluzole is among the patient's current medications.</param>
    public static Result<HerbPrescriptionCheck> Check(IReadOnlyList<(string Name, Herb Herb)> items,
        IReadOnlyList<ActiveHerbalPrescription> otherActive, bool patientOnRiluzole)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(otherActive);
        var refused = items.Where(i => i.Herb.Has(HerbSafetyFlag.AristolochicAcid))
            .Select(i => (Error)new AristolochicAcidHerbError(i.Name, i.Herb)).ToList();
        if (refused.Count > 0)
        {
            return Result<HerbPrescriptionCheck>.Failure(refused);
        }
        var herbs = items.Select(i => i.Herb).ToList();
        return new HerbPrescriptionCheck(herbs, Findings(herbs, otherActive, patientOnRiluzole));
    }

    /// <summary>What signing still needs: the botanical source of each substitution-liable herb not confirmed, and the riluzole
    /// + hepatotoxic herb warning when not acknowledged; empty when the prescription may be signed.</summary>
    /// <remarks>Substitution: FDA letter of 16 May 2000 (reference D6); riluzole: label [S48], other hepatotoxic drugs may raise the risk.</remarks>
    /// <param name="findings">The prescription's findings as (code, herb id).</param>
    /// <param name="confirmedHerbIds">The herbs whose botanical source the practitioner confirmed.</param>
    /// <param name="riluzoleWarningAcknowledged">Whether the practitioner acknowledged the riluzole warning.</param>
    public static IReadOnlyList<Error> Unconfirmed(IReadOnlyList<(string Code, string HerbId)> findings, IReadOnlyCollection<string> confirmedHerbIds,
        bool riluzoleWarningAcknowledged)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(confirmedHerbIds);
        var errors = new List<Error>();
        errors.AddRange(findings.Where(f => f.Code == HerbCodes.ConfirmBotanicalSource && !confirmedHerbIds.Contains(f.HerbId))
            .Select(f => f.HerbId).Distinct().Select(id => new BotanicalSourceNotConfirmedError(id)));
        var riluzoleHerbs = findings.Where(f => f.Code == HerbCodes.RiluzoleWithHepatotoxicHerb).Select(f => f.HerbId).Distinct().ToList();
        if (riluzoleHerbs.Count > 0 && !riluzoleWarningAcknowledged)
        {
            errors.Add(new RiluzoleWarningNotAcknowledgedError(riluzoleHerbs));
        }
        return errors;
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
