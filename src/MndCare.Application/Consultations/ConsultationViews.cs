using Microsoft.EntityFrameworkCore;
using MndCare.Application.Assessments;
using MndCare.Domain.Clinics;
using MndCare.Domain.Consultations;
using MndCare.Domain.Consultations.Files;
using MndCare.Domain.Patients;
using MndCare.Persistence;

namespace MndCare.Application.Consultations;

/// <summary>Builds the read models of consultations (no access checks or audit: callers do both).</summary>
public sealed class ConsultationViews(MndCareDbContext db)
{
    /// <summary>The author role of the patient themself.</summary>
    public const string PatientRole = "patient";

    /// <summary>The author role of a family member or carer acting for the patient.</summary>
    public const string FamilyMemberRole = "familyMember";

    /// <summary>The author role of a clinic member who no longer holds a role in the clinic.</summary>
    public const string FormerStaffRole = "staff";

    /// <summary>The full view of one consultation.</summary>
    public async Task<ConsultationView> BuildAsync(Consultation c, bool asPatient, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(c);
        var patient = await db.Patients.AsNoTracking().SingleAsync(p => p.Id == c.PatientId, cancellationToken);
        var clinic = await db.Clinics.Where(k => k.Id == c.ClinicId).Select(k => new { k.Name, k.TimeZoneId }).SingleAsync(cancellationToken);
        var messages = await db.ConsultationMessages.AsNoTracking().Where(m => m.ConsultationId == c.Id)
            .OrderBy(m => m.SentAtUtc).ThenBy(m => m.Id).ToListAsync(cancellationToken);
        var reports = await db.ConsultationReports.AsNoTracking().Where(r => r.ConsultationId == c.Id)
            .OrderBy(r => r.VersionNumber).ToListAsync(cancellationToken);
        var reportIds = reports.Select(r => r.Id).ToList();
        var translations = (await db.ConsultationReportTranslations.AsNoTracking().Where(t => reportIds.Contains(t.ReportId))
            .Select(t => new { t.ReportId, t.Language }).ToListAsync(cancellationToken)).ToLookup(t => t.ReportId, t => t.Language);
        var names = await UserNamesAsync(messages.Select(m => (Guid?)m.AuthorUserId).Append(c.AssignedClinicianId), cancellationToken);
        var authors = await AuthorsAsync(c, messages, cancellationToken);
        var files = await FilesAsync(c.Id, asPatient, cancellationToken);
        var superseded = reports.Where(r => r.SupersedesId is not null).Select(r => r.SupersedesId!.Value).ToHashSet();
        var consentGiven = await db.ConsentRecords.AnyAsync(r => r.PatientId == c.PatientId, cancellationToken);
        return new ConsultationView(c.Id, c.ClinicId, clinic.Name, clinic.TimeZoneId, c.PatientId, patient.NativeName, WireNames.Of(patient.PreferredLanguage),
            QuestionnaireChoices.Of(c.Status), c.Answers, c.CreatedAtUtc, c.SubmittedAtUtc, c.LastSubmittedAtUtc, c.ClosedAtUtc,
            c.AssignedClinicianId, c.AssignedClinicianId is { } a ? names.GetValueOrDefault(a) : null, c.DeclineReason,
            c.IsEditableByPatient, c.AllowsWithdrawal, files,
            [.. messages.Select(m => new ConsultationMessageView(m.Id, m.FromClinic, names.GetValueOrDefault(m.AuthorUserId) ?? string.Empty, m.Body,
                m.SentAtUtc, authors[m.AuthorUserId].Role, authors[m.AuthorUserId].Relationship, m.IsUnreadByClinic))],
            [.. reports.Select(r => new ConsultationReportSummary(r.Id, r.VersionNumber, r.Language, ProgrammeRecommendationNames.Of(r.Recommendation),
                r.SignerName, r.SignedAtUtc, superseded.Contains(r.Id), [r.Language, .. translations[r.Id].Order(StringComparer.Ordinal)]))],
            c.Version, c.Status.AllowsMessages(), c.Status.AllowsTriage(), c.Status.AllowsInformationRequest(), c.Status.AllowsReport(), consentGiven);
    }

    /// <summary>Who each message author is to this consultation: the patient, a family member (and how related), or a clinic role.</summary>
    /// <remarks>A clinic member holding several roles is named by the first in <see cref="ClinicRole"/> order (clinician first).
    /// An author whose membership has since been removed keeps the side they wrote from.</remarks>
    private async Task<Dictionary<Guid, (string Role, string? Relationship)>> AuthorsAsync(Consultation c, List<ConsultationMessage> messages,
        CancellationToken cancellationToken)
    {
        var ids = messages.Select(m => m.AuthorUserId).Distinct().ToList();
        var memberships = await db.ClinicMemberships.AsNoTracking()
            .Where(m => ids.Contains(m.UserId) && m.ClinicId == c.ClinicId && (m.Role != ClinicRole.Patient || m.PatientId == c.PatientId))
            .ToListAsync(cancellationToken);
        var authors = new Dictionary<Guid, (string, string?)>();
        foreach (var message in messages.DistinctBy(m => m.AuthorUserId))
        {
            var held = memberships.Where(m => m.UserId == message.AuthorUserId).OrderBy(m => m.Role).ToList();
            var own = held.FirstOrDefault(m => m.Role == ClinicRole.Patient);
            var staff = held.FirstOrDefault(m => m.Role != ClinicRole.Patient);
            authors[message.AuthorUserId] = message.FromClinic
                ? (staff is null ? FormerStaffRole : RoleName(staff.Role), null)
                : own?.Relationship is { } relationship && relationship != PatientRelationship.Self
                    ? (FamilyMemberRole, ApplicantAccounts.RelationshipName(relationship))
                    : (PatientRole, null);
        }
        return authors;
    }

    /// <summary>The wire name of a clinic role (camelCase: clinician, tcmPractitioner, …).</summary>
    public static string RoleName(ClinicRole role) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(role.ToString());

    /// <summary>The files of a consultation; the patient also sees what they withdrew, staff only what counts.</summary>
    public async Task<IReadOnlyList<ConsultationFileView>> FilesAsync(Guid consultationId, bool asPatient, CancellationToken cancellationToken)
    {
        var files = await db.ConsultationFiles.AsNoTracking()
            .Where(f => f.ConsultationId == consultationId && (asPatient || f.WithdrawnAtUtc == null))
            .OrderBy(f => f.UploadedAtUtc).ThenBy(f => f.Id).ToListAsync(cancellationToken);
        return [.. files.Select(ToView)];
    }

    /// <summary>How many files (not withdrawn) each consultation has.</summary>
    public async Task<Dictionary<Guid, int>> FileCountsAsync(IReadOnlyList<Guid> consultationIds, CancellationToken cancellationToken) =>
        await db.ConsultationFiles.AsNoTracking().Where(f => consultationIds.Contains(f.ConsultationId) && f.WithdrawnAtUtc == null)
            .GroupBy(f => f.ConsultationId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

    /// <summary>How many messages from the patient's side no clinic member has read yet, per consultation (absent when none).</summary>
    public async Task<Dictionary<Guid, int>> UnreadCountsAsync(IReadOnlyList<Guid> consultationIds, CancellationToken cancellationToken) =>
        await db.ConsultationMessages.AsNoTracking()
            .Where(m => consultationIds.Contains(m.ConsultationId) && !m.FromClinic && m.ReadByClinicAtUtc == null)
            .GroupBy(m => m.ConsultationId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

    /// <summary>The read model of one file.</summary>
    public static ConsultationFileView ToView(ConsultationFile f)
    {
        ArgumentNullException.ThrowIfNull(f);
        return new ConsultationFileView(f.Id, f.FileName, f.Kind, f.ContentType, f.Category,
            PatientDetails.FormatDate(f.DocumentDate), f.Length, f.UploadedAtUtc, f.WithdrawnAtUtc is not null,
            ViewableInBrowser: f.WithdrawnAtUtc is null && WireNames.Parse<MedicalFileKind>(f.Kind)?.IsViewableInBrowser() == true);
    }

    /// <summary>The patient's current (not superseded) assessments, newest first, for the report's choice of assessment.</summary>
    public async Task<IReadOnlyList<(Guid Id, DateOnly Date)>> AssessmentChoicesAsync(Guid patientId, CancellationToken cancellationToken)
    {
        var rows = await db.CurrentAssessmentsOf(patientId).AsNoTracking()
            .OrderByDescending(a => a.AssessmentDate).ThenByDescending(a => a.RecordedAtUtc)
            .Select(a => new { a.Id, a.AssessmentDate }).ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.Id, r.AssessmentDate))];
    }

    /// <summary>Display names of users, by id.</summary>
    public async Task<Dictionary<Guid, string>> UserNamesAsync(IEnumerable<Guid?> userIds, CancellationToken cancellationToken)
    {
        var ids = userIds.Where(i => i is not null).Select(i => i!.Value).Distinct().ToList();
        return ids.Count == 0 ? [] : await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
    }
}
