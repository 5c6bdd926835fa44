using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.Access;
using MndCare.Application.Consultations;
using MndCare.Application.Reports;
using MndCare.Application.Reports.Cioms;
using MndCare.Domain.Auditing;
using MndCare.Domain.Clinics;
using MndCare.Domain.Courses;
using MndCare.Domain.Patients;
using MndCare.Domain.Results;
using MndCare.Domain.Safety.AdverseEvents;
using MndCare.Domain.Safety.Labs;

namespace MndCare.Application.Safety.AdverseEvents;

/// <summary>The CIOMS I form of a stored adverse event as a PDF, in English or Simplified Chinese, for staff who read the clinic's adverse
/// events; the patient appears by initials, age and sex only; every download is audited as an export.</summary>
/// <remarks>docs/safety/cioms.md, "From a stored adverse event"; ADR 0034.</remarks>
public sealed class AdverseEventCioms(AdverseEventScope scope, ReportPdfRenderer renderer)
{
    /// <summary>The audited action of a download.</summary>
    public const string ExportAction = "adverseEvent.cioms.export";

    /// <summary>The form as a PDF in <paramref name="language"/> ("en" or "zh-Hans"; English when null).</summary>
    public async Task<Result<FileDownload>> PdfAsync(Actor actor, Guid eventId, string? language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var entry = AdverseEventScope.Entry(ExportAction, null, eventId);
        if (language is not null && WireNames.Parse<PreferredLanguage>(language) is null)
        {
            return await scope.Audit.RefuseAsync<FileDownload>(actor, new ValidationError("lang", AdverseEventErrorCodes.UnknownValue,
                "lang must be one of: " + string.Join(", ", WireNames.All<PreferredLanguage>()) + "."), entry with { Outcome = AuditOutcome.Invalid });
        }
        var clinics = actor.ClinicsGranting(Permission.ReadAdverseEvents);
        var adverseEvent = await scope.Db.AdverseEvents.AsNoTracking().SingleOrDefaultAsync(e => e.Id == eventId && clinics.Contains(e.ClinicId), cancellationToken);
        if (adverseEvent is null)
        {
            return await scope.NotFoundAsync<FileDownload>(actor, ExportAction, eventId);
        }
        var tag = language ?? WireNames.Of(PreferredLanguage.English);
        var report = await ReportAsync(adverseEvent, CiomsWording.For(tag), cancellationToken);
        var now = scope.Clock.GetUtcNow();
        var pdf = renderer.Render(CiomsDocument.Build(report, tag), now);
        await scope.Audit.RecordAsync(actor, entry with
        {
            ClinicId = adverseEvent.ClinicId,
            Details = JsonSerializer.Serialize(new { adverseEvent.PatientId, language = tag, form = "CIOMS I" }),
        }, cancellationToken);
        return new FileDownload(pdf, "application/pdf", string.Create(CultureInfo.InvariantCulture, $"cioms-i-{adverseEvent.Id.ToString("N")[..12]}-{tag}.pdf"));
    }

    private async Task<CiomsReport> ReportAsync(AdverseEvent e, CiomsWording words, CancellationToken cancellationToken)
    {
        var db = scope.Db;
        var patient = await db.Patients.AsNoTracking().SingleAsync(p => p.Id == e.PatientId, cancellationToken);
        var clinic = await db.Clinics.AsNoTracking().SingleAsync(c => c.Id == e.ClinicId, cancellationToken);
        var lab = e.LabResultId is { } labId ? await db.LabResults.AsNoTracking().SingleOrDefaultAsync(r => r.Id == labId, cancellationToken) : null;
        var medications = (await db.TreatmentCourses.AsNoTracking().Where(c => c.PatientId == e.PatientId).ToListAsync(cancellationToken))
            .SelectMany(c => c.Medications).ToList();
        var today = clinic.LocalDate(scope.Clock.GetUtcNow());
        var (suspects, concomitant) = Split(e.Suspects, medications, e.OnsetOn ?? today);
        var reaction = new CiomsReaction(Initials(patient.LatinName), string.Empty, DateOfBirth: null,
            AgeYears(patient.BirthDate, e.OnsetOn ?? e.FirstKnownOn), patient.Sex, e.OnsetOn, Description(e, lab, clinic.TimeZoneId, words),
            [.. e.Seriousness.Select(Box)]);
        var manufacturer = new CiomsManufacturer(string.Format(CultureInfo.InvariantCulture, words.Clinic, clinic.Name), e.Id.ToString("D"), e.FirstKnownOn,
            [e.Source == AdverseEventSource.PatientReport ? CiomsReportSource.Other : CiomsReportSource.HealthProfessional], today,
            e.ReportedOn is null ? CiomsReportType.Initial : CiomsReportType.FollowUp);
        var history = patient.DiagnosisDate is { } diagnosed ? $"{words.MndHistory} ({Domain.Time.ClinicTime.Format(diagnosed)})"
            : words.MndHistory;
        return new CiomsReport(e.Id.ToString("N")[..12].ToUpperInvariant(), reaction, suspects, concomitant, history, manufacturer);
    }

    // Section II: every suspect with the clinic's causality, except medicines the clinic judged unlikely, which go to field 22 with
    // the patient's other medicines taken on the onset day (ADR 0034).
    private static (List<CiomsSuspectDrug> Suspects, List<CiomsConcomitantDrug> Concomitant) Split(IReadOnlyList<Suspect> suspects,
        IReadOnlyList<ConcomitantMedication> medications, DateOnly onset)
    {
        var listed = suspects.Where(s => !(s.Kind == SuspectKind.ConcomitantMedication && s.Causality == CausalityCategory.Unlikely)).ToList();
        var inSectionTwo = listed.Where(s => s.Kind == SuspectKind.ConcomitantMedication).Select(s => s.ReferenceId).ToHashSet();
        var drugs = listed.Select(s => new CiomsSuspectDrug(s.Label, Dose(s, medications), null, null, From(s, medications), To(s, medications), null,
            CiomsAnswer.NotApplicable, CiomsAnswer.NotApplicable, s.Causality, s.Kind)).ToList();
        var concomitant = medications.Where(m => m.IsActiveOn(onset) && !inSectionTwo.Contains(m.Id))
            .Select(m => new CiomsConcomitantDrug($"{MedicationName(m)} {m.DoseText}".Trim(), m.StartsOn, m.StopsOn)).ToList();
        return (drugs, concomitant);
    }

    private static string? Dose(Suspect s, IReadOnlyList<ConcomitantMedication> medications) => Medication(s, medications)?.DoseText;

    private static DateOnly? From(Suspect s, IReadOnlyList<ConcomitantMedication> medications) => Medication(s, medications)?.StartsOn;

    private static DateOnly? To(Suspect s, IReadOnlyList<ConcomitantMedication> medications) => Medication(s, medications)?.StopsOn;

    private static ConcomitantMedication? Medication(Suspect s, IReadOnlyList<ConcomitantMedication> medications) =>
        s.Kind == SuspectKind.ConcomitantMedication ? medications.FirstOrDefault(m => m.Id == s.ReferenceId) : null;

    private static string MedicationName(ConcomitantMedication m) => m.Medication == KnownMedication.Other ? m.Name! : CourseWireNames.Of(m.Medication);

    /// <summary>Field 1: the first letter of each word of the romanised name, upper case ("Wang Fang" → "W.F."); empty without one.</summary>
    internal static string Initials(string? latinName) => string.IsNullOrWhiteSpace(latinName)
        ? string.Empty
        : string.Concat(latinName.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(w => char.IsLetter(w[0])).Select(w => char.ToUpperInvariant(w[0]) + "."));

    private static int AgeYears(DateOnly born, DateOnly on) => on.Year - born.Year - (on < born.AddYears(on.Year - born.Year) ? 1 : 0);

    private static string Description(AdverseEvent e, LabResult? lab, string timeZoneId, CiomsWording words)
    {
        var lines = new List<string>
        {
            e.Grade is { } grade ? $"{e.Term} ({string.Format(CultureInfo.InvariantCulture, words.Grade, e.CtcaeVersion, grade)})" : e.Term,
        };
        if (lab is not null)
        {
            var limit = lab.UpperLimitOfNormal is { } uln ? $"ULN {uln.ToString(CultureInfo.InvariantCulture)}" : $"LLN {lab.LowerLimitOfNormal?.ToString(CultureInfo.InvariantCulture)}";
            lines.Add($"{lab.Test.WireName()} {lab.Value.ToString(CultureInfo.InvariantCulture)} {lab.Unit} ({limit} {lab.Unit}), " +
                Domain.Time.ClinicTime.FormatDate(lab.CollectedAtUtc, timeZoneId));
        }
        if (!string.IsNullOrWhiteSpace(e.Description))
        {
            lines.Add(e.Description);
        }
        return string.Join("\n", lines);
    }

    private static CiomsSeriousness Box(SeriousnessCriterion criterion) => criterion switch
    {
        SeriousnessCriterion.Death => CiomsSeriousness.PatientDied,
        SeriousnessCriterion.LifeThreatening => CiomsSeriousness.LifeThreatening,
        SeriousnessCriterion.Hospitalisation => CiomsSeriousness.Hospitalisation,
        SeriousnessCriterion.Disability => CiomsSeriousness.Disability,
        SeriousnessCriterion.CongenitalAnomaly => CiomsSeriousness.CongenitalAnomaly,
        SeriousnessCriterion.MedicallyImportant => CiomsSeriousness.MedicallyImportant,
    };
}
