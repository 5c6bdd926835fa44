using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.Access;
using MndCare.Application.Auditing;
using MndCare.Application.Consultations;
using MndCare.Application.Reports;
using MndCare.Domain.Auditing;
using MndCare.Domain.Patients;
using MndCare.Domain.Results;
using MndCare.Persistence;

namespace MndCare.Application.Courses;

/// <summary>The printable schedule (PDF) of a course, for the staff who read it and for the patient and their family.</summary>
/// <remarks>docs/therapy/courses.md, "Printable schedule". Access is the course's (<see cref="TreatmentCourses.GetAsync"/>); the language is
/// the one asked for, or the patient's preferred language.</remarks>
public sealed class CourseSchedules(TreatmentCourses courses, MndCareDbContext db, AuditTrail audit, ReportPdfRenderer renderer, TimeProvider clock)
{
    /// <summary>The audit action of a download.</summary>
    public const string DownloadAction = "course.schedule.download";

    /// <summary>The schedule as a PDF in <paramref name="language"/> ("en" or "zh-Hans"; the patient's preferred language when null).</summary>
    public async Task<Result<FileDownload>> PdfAsync(Actor actor, Guid courseId, string? language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (language is not null && WireNames.Parse<PreferredLanguage>(language) is null)
        {
            return await audit.RefuseAsync<FileDownload>(actor,
                new ValidationError("lang", "invalidValue", "lang must be one of: " + string.Join(", ", WireNames.All<PreferredLanguage>()) + "."),
                new AuditEntry(DownloadAction, AuditOutcome.Invalid) { EntityType = TreatmentCourses.EntityType, EntityId = courseId.ToString("D") });
        }
        var read = await courses.GetAsync(actor, courseId, cancellationToken);
        if (!read.IsSuccess)
        {
            return Result<FileDownload>.Failure(read.Errors);
        }
        var course = read.Value;
        var patient = await db.Patients.AsNoTracking().Where(p => p.Id == course.PatientId)
            .Join(db.Clinics, p => p.ClinicId, c => c.Id, (p, c) => new { p.NativeName, p.Mrn, p.PreferredLanguage, ClinicName = c.Name })
            .SingleAsync(cancellationToken);
        var tag = language ?? WireNames.Of(patient.PreferredLanguage);
        var document = CourseScheduleDocument.Build(course, $"{patient.NativeName} ({patient.Mrn})", patient.ClinicName, tag, clock.GetUtcNow());
        var pdf = renderer.Render(document, clock.GetUtcNow());
        await audit.RecordAsync(actor, new AuditEntry(DownloadAction, AuditOutcome.Success)
        {
            ClinicId = course.ClinicId,
            EntityType = TreatmentCourses.EntityType,
            EntityId = course.Id.ToString("D"),
            Details = JsonSerializer.Serialize(new { course.PatientId, language = tag }),
        }, cancellationToken);
        var name = string.Create(CultureInfo.InvariantCulture, $"treatment-schedule-{course.Id.ToString("N")[..12]}-{tag}.pdf");
        return new FileDownload(pdf, "application/pdf", name);
    }
}
