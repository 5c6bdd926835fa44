using Microsoft.EntityFrameworkCore;
using MndCare.Application.Tcm.Visits;
using MndCare.Domain.Clinics;
using MndCare.Domain.Courses;
using MndCare.Domain.Tcm.Acupoints;
using MndCare.Domain.Tcm.Visits;
using MndCare.Persistence;

namespace MndCare.Application.Demo;

/// <summary>The running demo course's TCM side: two visits whose patterns change, and the past acupuncture and moxibustion slots
/// filled with sessions, through the domain's own rules.</summary>
/// <remarks>docs/tcm/visits-and-sessions.md, "Demo data". Points: the most used in ALS studies (Xu et al. 2022 [S33]: LI4, ST36, LI11,
/// SP6, GB34) and GV20.</remarks>
internal sealed class DemoTcmVisits(MndCareDbContext db, DemoScene scene)
{
    private Guid _practitionerUserId;

    private static readonly NeedledPointDraft[] Points =
        [new("LI4", "bilateral"), new("ST36", "bilateral"), new("LI11", "bilateral"), new("SP6", "bilateral"), new("GB34", "bilateral"), new("GV20", "midline")];

    /// <summary>Adds the visits and sessions of the running course (not yet saved), recorded by the demo TCM practitioner; the number of sessions.</summary>
    public async Task<int> SeedAsync(CancellationToken cancellationToken)
    {
        var practitionerEmail = DemoSeeder.EmailFor(ClinicRole.TcmPractitioner);
        var practitioner = await db.Users.AsNoTracking().Where(u => u.Email == practitionerEmail).Select(u => (Guid?)u.Id).SingleOrDefaultAsync(cancellationToken);
        if (practitioner is null || db.TreatmentCourses.Local.FirstOrDefault(c => c.Status == CourseStatus.InProgress) is not { } course)
        {
            return 0;
        }
        _practitionerUserId = practitioner.Value;
        var known = TcmPatternCatalogue.Shipped.Select(p => p.Code).ToHashSet(StringComparer.Ordinal);
        var first = course.Sessions.Min(s => s.StartsAtUtc);
        Visit(course.PatientId, first.AddHours(-1), ["spleenStomachDeficiency"], "舌淡，苔薄白", "脉细弱", known);
        if (first.AddDays(7) < scene.Now.UtcDateTime)
        {
            Visit(course.PatientId, first.AddDays(7), ["spleenStomachDeficiency", "liverKidneyDeficiency"], "舌淡红，苔少", "脉沉细", known);
        }
        var sessions = 0;
        foreach (var slot in course.Sessions.Where(s => s.EndsAtUtc < scene.Now.UtcDateTime && s.Kind is SessionKind.Acupuncture or SessionKind.Moxibustion))
        {
            var draft = slot.Kind == SessionKind.Acupuncture
                ? new TcmSessionDraft("acupuncture", slot.StartsAtUtc, slot.Id, Points, "electro", 2m, 30, null, null, null, null)
                : new TcmSessionDraft("moxibustion", slot.StartsAtUtc, slot.Id, null, null, null, null, "下腹部（关元、气海）", "隔姜灸", 20, null);
            var session = DemoScene.Check(TcmSession.Record(scene.NewId(), scene.Clinic.Id, course.PatientId, draft,
                new CourseSlot(course.Id, slot.Id, slot.Kind), AcupointCatalogue.Shipped, _practitionerUserId, scene.Now));
            db.TcmSessions.Add(session);
            scene.Audit(TcmRecords.RecordSessionAction, TcmRecords.SessionEntityType, session.Id, [], new { course.PatientId, session.CourseSessionId });
            sessions++;
        }
        return sessions;
    }

    private void Visit(Guid patientId, DateTime atUtc, string[] patterns, string tongue, string pulse, IReadOnlySet<string> known)
    {
        var visit = DemoScene.Check(TcmVisit.Record(scene.NewId(), scene.Clinic.Id, patientId,
            new TcmVisitDraft(patterns, tongue, pulse, null, new DateTimeOffset(atUtc, TimeSpan.Zero)), known, _practitionerUserId, scene.Now));
        db.TcmVisits.Add(visit);
        scene.Audit(TcmRecords.RecordVisitAction, TcmRecords.VisitEntityType, visit.Id, [], new { patientId });
    }
}
