using System.Net;
using Microsoft.EntityFrameworkCore;
using MndCare.Domain.Assessments;
using MndCare.Domain.Clinics;
using MndCare.Domain.FollowUp;
using MndCare.Persistence;
using MndCare.Testing;
using MndCare.Testing.Language;

namespace MndCare.Web.Tests;

// The follow-up pages (issue 10) call the same use cases as the API: the portal reminder and the home self-report form (antiforgery), the
// nurse's due list and the patient's follow-up page where events are recorded; in Chinese they show no English words.
public sealed class FollowUpPageTests(ApiWorld worlds)
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task ThePortalReminds_ThePatientSendsTheFormAsACaregiver_AndTheNurseRecordsAnEventOnThePatientsPage(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var clinic = await world.Data.CreateClinicAsync("Follow-up pages " + PatientApiTests.UniqueMrn());
        var mrn = PatientApiTests.UniqueMrn();
        var patient = await world.Data.CreatePatientAsync(clinic, new PatientBuilder().WithMrn(mrn));
        var user = await world.Data.CreatePatientUserAsync(clinic, patient);
        var today = clinic.LocalDate(DateTimeOffset.UtcNow);
        await world.Data.CreateCourseAsync(clinic, patient, today.AddDays(-58));
        var portal = await PageSession.SignInAsync(world.Factory, user.Email!, TestWorld.Password);
        var (nurse, _) = await world.StaffPagesAsync(clinic, ClinicRole.Nurse);

        var home = await portal.GetStringAsync("/Portal");
        Assert.Contains("data-timepoint=\"month1\"", home, StringComparison.Ordinal);
        Assert.Contains(mrn, await nurse.GetStringAsync("/FollowUp"), StringComparison.Ordinal);
        var fields = new Dictionary<string, string>
        {
            ["Form.EnteredBy"] = "caregiver", ["Form.Relationship"] = "sibling", ["Form.Gastrostomy"] = "yes", ["Form.AlsfrsrWording"] = "en-cedarbaum-1999",
        };
        foreach (var name in new[] { "speech", "salivation", "swallowing", "handwriting", "cutting", "dressing", "turning", "walking", "climbing", "dyspnea",
            "orthopnea", "respiratoryInsufficiency" })
        {
            fields[$"Form.Items[{name}]"] = "2";
        }
        var sent = await PageSession.SubmitAsync(portal, "/Portal/SelfReport", fields);
        var forged = await portal.PostAsync("/Portal/SelfReport", new FormUrlEncodedContent(fields));
        var eventPage = $"/Patients/{patient.Id}/FollowUp";
        var recorded = await PageSession.SubmitAsync(nurse, eventPage, new Dictionary<string, string>
        {
            ["Event.Kind"] = "nonInvasiveVentilation", ["Event.OccurredOn"] = Domain.Time.ClinicTime.Format(today.AddDays(-3)),
        }, eventPage + "?handler=Event");

        Assert.Equal((HttpStatusCode.Redirect, "/Portal/SelfReport?sent=true"), (sent.StatusCode, sent.Headers.Location!.OriginalString));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        Assert.DoesNotContain(mrn, await nurse.GetStringAsync("/FollowUp"), StringComparison.Ordinal);
        Assert.Contains("data-kind=\"nonInvasiveVentilation\"", await nurse.GetStringAsync(eventPage), StringComparison.Ordinal);
        await using var db = world.Database.CreateContext();
        var assessment = await db.Assessments.SingleAsync(a => a.PatientId == patient.Id);
        // "yes" to the feeding tube rates item 5 on 5b.
        Assert.Equal((AlsfrsRMode.SelfAdministered, 24, (int?)2, (int?)null),
            (assessment.AlsfrsRMode, assessment.AlsfrsR!.Total, assessment.AlsfrsR.CuttingWithGastrostomy, assessment.AlsfrsR.CuttingWithoutGastrostomy));
        var report = await db.SelfReports.SingleAsync(r => r.AssessmentId == assessment.Id);
        Assert.Equal((SelfReportEntrant.Caregiver, PatientRelationship.Sibling), (report.EnteredBy, report.CaregiverRelationship));
    }

    /// <summary>The test users' display names ("Test Nurse"): data, not interface text.</summary>
    private static readonly HashSet<string> UserNames = new(StringComparer.Ordinal) { "Test", "Patient", "Nurse", "Administrator" };

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task TheFollowUpPages_InChinese_HaveNoEnglishWords(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var clinic = await world.Data.CreateClinicAsync("随访诊所 " + PatientApiTests.UniqueMrn());
        var patient = await world.Data.CreatePatientAsync(clinic, new PatientBuilder().WithName("张伟").WithMrn(PatientApiTests.UniqueMrn()));
        var user = await world.Data.CreatePatientUserAsync(clinic, patient);
        await world.Data.CreateCourseAsync(clinic, patient, clinic.LocalDate(DateTimeOffset.UtcNow).AddDays(-58));
        var portal = await PageSession.SignInAsync(world.Factory, user.Email!, TestWorld.Password);
        var (nurse, _) = await world.StaffPagesAsync(clinic, ClinicRole.Nurse);
        var (administrator, _) = await world.StaffPagesAsync(clinic, ClinicRole.Administrator);
        var problems = new List<string>();
        foreach (var (client, paths) in new[]
        {
            (portal, new[] { "/Portal", "/Portal/SelfReport", $"/Patients/{patient.Id}/FollowUp" }),
            (nurse, ["/FollowUp", "/FollowUp?show=missed", "/FollowUp?show=upcoming", $"/Patients/{patient.Id}/FollowUp"]),
            (administrator, ["/FollowUp/Settings"]),
        })
        {
            await PageSession.SubmitAsync(client, "/Language", new Dictionary<string, string> { ["culture"] = "zh-Hans", ["returnUrl"] = "/" });
            foreach (var path in paths)
            {
                var response = await client.GetAsync(path);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                var words = EnglishWords.In(EnglishWords.VisibleText(await response.Content.ReadAsStringAsync()), UserNames);
                if (words.Count > 0)
                {
                    problems.Add($"{path}: {string.Join(", ", words.Distinct())}");
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
