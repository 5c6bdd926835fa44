using System.Globalization;
using MndCare.Application.Clinical;
using MndCare.Application.Reports;
using MndCare.Domain.Assessments;
using MndCare.Domain.Consultations;
using MndCare.Domain.Consultations.Eligibility;
using MndCare.Domain.Time;

namespace MndCare.Application.Consultations.Reports;

/// <summary>Composes the consultation report, in one language, from the record and the clinician's decisions.</summary>
/// <remarks>The same document is shown on the page and rendered to the signed PDF, so both always say the same.</remarks>
public static class ConsultationReportComposer
{
    /// <summary>The report document; <paramref name="signature"/> is null for a preview.</summary>
    /// <param name="facts">What the report says.</param>
    /// <param name="signature">The signature, or null.</param>
    /// <param name="languageTag">The language to write it in (en or zh-Hans).</param>
    public static ReportDocument Compose(ReportFacts facts, ReportSignature? signature, string languageTag)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var c = facts.Consultation;
        var t = ConsultationReportText.For(languageTag);
        var clinical = ClinicalText.For(languageTag);
        var reference = c.Id.ToString("N")[..12].ToUpperInvariant();
        var sections = new List<ReportSection>
        {
            Submitted(facts, t, clinical),
            Assessment(facts, t, clinical),
            Prognosis(facts, t, clinical),
            new(t.Programme, [new ReportParagraph(t.ProgrammeText)]),
            new(t.Evidence, [new ReportNotice(t.EvidenceStatement)]),
            new(t.SideEffects, [new ReportList(t.SideEffectItems)]),
            new(t.Alternatives, [new ReportList(Alternatives(c.Answers, t))]),
        };
        if (!string.IsNullOrWhiteSpace(facts.Costs))
        {
            sections.Add(new ReportSection(t.Costs, [new ReportParagraph(facts.Costs)]));
        }
        sections.Add(Recommendation(facts, t));
        if (facts.Recommendation == ProgrammeRecommendation.OfferProgramme && !string.IsNullOrWhiteSpace(facts.ProposedPlan))
        {
            sections.Add(new ReportSection(t.Plan, [new ReportParagraph(facts.ProposedPlan)]));
        }
        if (facts.CorrectionReason is not null)
        {
            sections.Insert(0, new ReportSection(string.Empty,
                [new ReportNotice(string.Format(CultureInfo.InvariantCulture, t.Correction, facts.VersionNumber - 1, facts.CorrectionReason))]));
        }
        var meta = new List<ReportMetaLine>
        {
            new(t.Patient, c.PatientName),
            new(t.BirthDate, Date(facts.BirthDate)),
            new(t.Clinic, c.ClinicName),
            new(t.Reference, reference),
            new(t.ReportDate, Date(facts.Today)),
        };
        return new ReportDocument(t.Title, languageTag, meta, sections, signature,
            string.Format(CultureInfo.InvariantCulture, t.Footer, reference, facts.VersionNumber));
    }

    /// <summary>The signer's role as the report names it.</summary>
    public static string SignerRole(string languageTag) => ConsultationReportText.For(languageTag).SignerRole;

    private static ReportSection Submitted(ReportFacts facts, ConsultationReportText t, ClinicalText clinical)
    {
        var a = facts.Consultation.Answers;
        var medicines = new List<string>();
        if (a.TakesRiluzole == true) { medicines.Add(t.Choice("riluzole")); }
        if (a.TakesEdaravone == true) { medicines.Add(t.Choice("edaravone")); }
        if (a.TakesTofersen == true) { medicines.Add(t.Choice("tofersen")); }
        if (!string.IsNullOrWhiteSpace(a.OtherMedications)) { medicines.Add(a.OtherMedications); }
        var genetics = t.Choice(a.GeneticTesting)
            + (a.GenesWithVariant is { Count: > 0 } genes ? ": " + string.Join(", ", genes.Select(g => g.ToUpperInvariant())) : string.Empty)
            + (string.IsNullOrWhiteSpace(a.OtherGeneticFindings) ? string.Empty : "; " + a.OtherGeneticFindings);
        var items = new List<(string, string)>
        {
            (t.OnsetDate, a.OnsetDate ?? t.NotGiven),
            (t.OnsetSite, a.OnsetSite is null ? t.NotGiven : clinical.OnsetSite(a.OnsetSite)),
            (t.Diagnosis, t.Choice(a.Diagnosis) + (a.DiagnosisDate is null ? string.Empty : " (" + a.DiagnosisDate + ")")),
            (t.DiagnosedBy, a.DiagnosedBy ?? t.NotGiven),
            (t.Breathing, t.Choice(a.BreathingSupport)),
            (t.Gastrostomy, t.Choice(a.Gastrostomy)),
            (t.Genetics, genetics),
            (t.Medicines, medicines.Count == 0 ? t.NotGiven : string.Join("; ", medicines)),
            (t.Allergies, a.Allergies ?? t.NotGiven),
        };
        if (!string.IsNullOrWhiteSpace(a.Goals))
        {
            items.Add((t.Goals, a.Goals));
        }
        var submittedOn = facts.Consultation.LastSubmittedAtUtc is { } at ? ClinicTime.FormatDate(at, facts.Consultation.TimeZoneId) : t.NotGiven;
        var files = facts.Consultation.Files.Where(f => !f.Withdrawn).ToList();
        ReportBlock fileBlock = files.Count == 0
            ? new ReportParagraph(t.NoFiles)
            : new ReportTable(t.FileHeaders, [.. files.Select(f => (IReadOnlyList<string>)[f.FileName, t.Choice(f.Category), f.DocumentDate ?? "–"])]);
        return new ReportSection(t.Submitted,
        [
            new ReportParagraph(string.Format(CultureInfo.InvariantCulture, t.SubmittedIntro, submittedOn)),
            new ReportKeyValues(items),
            new ReportParagraph(t.Files, Emphasis: true),
            fileBlock,
        ]);
    }

    private static ReportSection Assessment(ReportFacts facts, ConsultationReportText t, ClinicalText clinical)
    {
        if (facts.Assessment is not { } report)
        {
            var self = facts.Consultation.Answers.SelfRatedAlsfrsR();
            var blocks = new List<ReportBlock> { new ReportParagraph(t.SelfRatedOnly) };
            if (self is not null)
            {
                blocks.Add(new ReportKeyValues([(t.AlsfrsrSelf, Number(self.Total)),
                    (t.Subscores, $"{self.Bulbar} / {self.FineMotor} / {self.GrossMotor} / {self.Respiratory}"),
                    (t.AlsfrsrWording, t.Wording(facts.Wordings, facts.Consultation.Answers.AlsfrsrWording))]));
            }
            return new ReportSection(t.Assessment, blocks);
        }
        var r = report.Results;
        var values = new List<(string, string)>
        {
            (t.Phenotype, clinical.Phenotype(r.Phenotype)),
            (t.ElEscorial, clinical.Category(r.ElEscorial)),
            (t.Awaji, clinical.Category(r.Awaji)),
            (t.GoldCoast, clinical.Category(r.GoldCoast)),
        };
        if (r.Alsfrsr is { } s)
        {
            values.Add((report.Inputs.AlsfrsRMode == AlsfrsRMode.SelfAdministered ? t.AlsfrsrSelf : t.Alsfrsr, Number(s.Total)));
            values.Add((t.Subscores, $"{s.Bulbar} / {s.FineMotor} / {s.GrossMotor} / {s.Respiratory}"));
            values.Add((t.AlsfrsrWording, t.Wording(facts.Wordings, report.Inputs.AlsfrsRWording)));
        }
        values.Add((t.Kings, r.KingsStage ?? "–"));
        values.Add((t.Mitos, r.MitosStage?.ToString(CultureInfo.InvariantCulture) ?? "–"));
        values.Add((t.DeltaFs, r.DeltaFs is { } d
            ? d.ToString("0.00", CultureInfo.InvariantCulture) + (r.ProgressionGroup is { } g ? $" ({clinical.ProgressionGroup(g)})" : "")
            : "–"));
        values.Add((t.Fvc, r.Fvc is { } f ? f.PercentPredicted.ToString("0", CultureInfo.InvariantCulture) : "–"));
        var why = report.Why;
        var reasons = why.Phenotype.Concat(why.ElEscorial).Concat(why.Awaji).Concat(why.GoldCoast).Concat(why.Kings).Concat(why.Mitos)
            .Select(clinical.Render).ToList();
        var blocks2 = new List<ReportBlock>
        {
            new ReportParagraph(string.Format(CultureInfo.InvariantCulture, t.AssessmentSource, Date(report.Inputs.AssessmentDate))),
            new ReportKeyValues(values),
        };
        if (reasons.Count > 0)
        {
            blocks2.Add(new ReportParagraph(t.Reasons, Emphasis: true));
            blocks2.Add(new ReportList(reasons));
        }
        return new ReportSection(t.Assessment, blocks2);
    }

    private static ReportSection Prognosis(ReportFacts facts, ConsultationReportText t, ClinicalText clinical)
    {
        var assessment = facts.Assessment;
        ReportBlock result = assessment?.Encals?.MedianMonthsFromOnset is { } median
            ? new ReportParagraph(string.Format(CultureInfo.InvariantCulture, t.EncalsResult, median.ToString("0", CultureInfo.InvariantCulture),
                assessment.MonthsFromOnsetToday?.ToString("0", CultureInfo.InvariantCulture) ?? "–"))
            : new ReportParagraph(string.Format(CultureInfo.InvariantCulture, t.EncalsMissing, assessment is null
                ? t.SelfRatedOnly
                : clinical.EncalsProblems(assessment.Results.Errors)
                    ?? string.Join(" ", assessment.Results.Notes.Select(clinical.Render).DefaultIfEmpty(t.NotGiven))));
        return new ReportSection(t.Prognosis, [result, new ReportNotice(t.EncalsCaveat)]);
    }

    private static ReportSection Recommendation(ReportFacts facts, ConsultationReportText t)
    {
        var blocks = new List<ReportBlock> { new ReportParagraph(t.RecommendationNames[(int)facts.Recommendation], Emphasis: true) };
        if (!string.IsNullOrWhiteSpace(facts.RecommendationText))
        {
            blocks.Add(new ReportParagraph(facts.RecommendationText));
        }
        if (facts is { Safeguard: { } safeguard, OverrideReason: { } reason })
        {
            var concerns = safeguard.Concerns.Select(c => string.Format(CultureInfo.InvariantCulture, t.ConcernNames[(int)c], safeguard.CurrentAssessmentDays));
            blocks.Add(new ReportNotice(string.Format(CultureInfo.InvariantCulture, t.Override, string.Join(t.ListSeparator, concerns), reason)));
        }
        blocks.Add(new ReportParagraph(t.Eligibility, Emphasis: true));
        blocks.Add(new ReportTable(t.EligibilityHeaders, [.. facts.Checklist.Lines.Select(l => (IReadOnlyList<string>)
            [t.CriterionNames.GetValueOrDefault(l.Code, l.Code), l.IsContraindication ? l.LimitIn(t.Language) : l.Code == "noInvasiveVentilation" ? t.Choice(l.Limit) : l.Limit,
                l.Value is null ? "–" : t.Choice(l.Value), Outcome(l, t)])]));
        return new ReportSection(t.Recommendation, blocks);
    }

    // A contraindication is present or absent, never "met": the line is met when the condition is absent.
    private static string Outcome(EligibilityLine line, ConsultationReportText t) =>
        (line.IsContraindication ? t.ContraindicationNames : t.OutcomeNames)[(int)line.Outcome];

    private static List<string> Alternatives(QuestionnaireAnswers a, ConsultationReportText t)
    {
        string Use(bool? takes) => takes switch { true => t.TakesNow, false => t.NotTaking, null => t.NotAnswered };
        var items = t.AlternativeItems;
        return
        [
            string.Format(CultureInfo.InvariantCulture, items[0], Use(a.TakesRiluzole)).Trim(),
            string.Format(CultureInfo.InvariantCulture, items[1], Use(a.TakesEdaravone)).Trim(),
            string.Format(CultureInfo.InvariantCulture, items[2], Use(a.TakesTofersen)).Trim(),
            items[3],
            items[4],
        ];
    }

    private static string Date(DateOnly date) => ClinicTime.Format(date);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
