using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MndCare.Application.Consultations;
using MndCare.Application.Reports;
using MndCare.Domain.Auditing;
using MndCare.Domain.Clinics;
using MndCare.Domain.Consultations.Eligibility;
using MndCare.Persistence;
using MndCare.Persistence.Identity;
using MndCare.Testing;
using MndCare.Testing.Pdf;

namespace MndCare.Web.Tests;

// Issue 7: an offer of the programme is signed only on a current clinician assessment with every criterion answered and met,
// or with an override reason that the report prints and the audit trail keeps; the signing password honours lockout.
public sealed class SigningSafeguardTests(ApiWorld worlds)
{
    private static async Task<(Domain.Patients.Patient Record, HttpClient Patient, HttpClient Clinician, string Workspace)> InReviewAsync(World world,
        string language = "en")
    {
        var (record, patient, id) = await ConsultationReportPageTests.SubmittedWithRecordAsync(world, language);
        var clinician = await ConsultationReportPageTests.StaffAsync(world, ClinicRole.Clinician);
        var workspace = $"/Consultations/{id}";
        await PageSession.SubmitAsync(clinician, workspace, new Dictionary<string, string>(), workspace + "?handler=Assign");
        return (record, patient, clinician, workspace);
    }

    private static Task<HttpResponseMessage> SignAsync(HttpClient clinician, string workspace, Dictionary<string, string> fields) =>
        PageSession.SubmitAsync(clinician, workspace, fields, workspace + "?handler=Sign");

    private static DateOnly Today(World world) => world.ClinicA.LocalDate(TimeProvider.System.GetUtcNow());

    private static Guid ConsultationOf(string workspace) => Guid.Parse(workspace[(workspace.LastIndexOf('/') + 1)..]);

    private static async Task<bool> AnySignedAsync(World world, string workspace)
    {
        await using var db = world.Database.CreateContext();
        var id = ConsultationOf(workspace);
        return await db.ConsultationReports.AnyAsync(r => r.ConsultationId == id);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Offer_WithoutAnAssessment_IsRefusedUntilAnOverrideReasonIsGiven_WhichThePdfPrints(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var (_, patient, clinician, workspace) = await InReviewAsync(world);

        var refused = await SignAsync(clinician, workspace, ConsultationReportPageTests.Offer(TestWorld.Password, overrideReason: null));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Offering the programme needs a current clinician assessment", page, StringComparison.Ordinal);
        Assert.Contains("data-concern=\"noClinicianAssessment\"", page, StringComparison.Ordinal);
        Assert.False(await AnySignedAsync(world, workspace));
        var refusal = (await AuditTests.EventsAsync(world, e => e.Action == "consultation.report.sign" && e.Outcome == AuditOutcome.Invalid
            && e.Details is { } d && d.Contains(ConsultationOf(workspace).ToString("D"), StringComparison.Ordinal))).Last();
        // Without an assessment the FVC is not known either.
        Assert.Equal("refused: noClinicianAssessment, criteriaUnanswered", refusal.Reason);

        const string reason = "The EMG and MRI sent are recent; the assessment follows on admission.";
        var signed = await SignAsync(clinician, workspace, ConsultationReportPageTests.Offer(TestWorld.Password, overrideReason: reason));

        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        var report = Assert.Single((await patient.GetFromJsonAsync<ConsultationView>($"/api/consultations/{ConsultationOf(workspace)}"))!.Reports);
        var pdf = PdfText.Normalized(await patient.GetByteArrayAsync($"/api/consultations/{ConsultationOf(workspace)}/reports/{report.Id}/pdf"));
        Assert.Contains("The programme is offered although no clinician assessment was used", pdf, StringComparison.Ordinal);
        Assert.Contains("The clinician's reason: " + reason, pdf, StringComparison.Ordinal);
        Assert.Contains(reason, await clinician.GetStringAsync($"/Consultations/{ConsultationOf(workspace)}/Reports/{report.Id}"), StringComparison.Ordinal);
        await using var db = world.Database.CreateContext();
        Assert.Equal(reason, (await db.ConsultationReports.SingleAsync(r => r.Id == report.Id)).OverrideReason);
        var audited = Assert.Single(await AuditTests.EventsAsync(world, e => e.Action == "consultation.report.sign" && e.EntityId == report.Id.ToString("D")));
        Assert.Contains(new FieldChange("overrideReason", null, reason), audited.Changes);
        Assert.Contains(new FieldChange("safeguardsOverridden", null, "noClinicianAssessment, criteriaUnanswered"), audited.Changes);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Offer_WithACurrentAssessmentButUnansweredCriteria_IsRefused_AndWithEverythingAnswered_NeedsNoOverride(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var (record, _, clinician, workspace) = await InReviewAsync(world);
        var assessment = await world.Data.RecordAssessmentAsync(record, Today(world).AddDays(-EligibilityCriteria.DefaultCurrentAssessmentDays));
        var fields = ConsultationReportPageTests.Offer(TestWorld.Password, overrideReason: null);
        fields["Form.AssessmentId"] = assessment.Id.ToString();
        fields.Remove("Form.ContraindicationsRuledOut");

        var unanswered = await SignAsync(clinician, workspace, fields);

        var page = await unanswered.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Some eligibility criteria are not answered", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-concern=\"noClinicianAssessment\"", page, StringComparison.Ordinal);
        Assert.Contains("not assessed", page, StringComparison.Ordinal);
        Assert.False(await AnySignedAsync(world, workspace));

        fields["Form.ContraindicationsRuledOut"] = "true";
        Assert.Equal(HttpStatusCode.Redirect, (await SignAsync(clinician, workspace, fields)).StatusCode);
        await using var db = world.Database.CreateContext();
        var id = ConsultationOf(workspace);
        var signed = await db.ConsultationReports.SingleAsync(r => r.ConsultationId == id);
        Assert.Null(signed.OverrideReason);
        // Contraindications read present or absent in the signed content (the PDF renders the same document), never "met".
        var rows = ReportJson.Deserialize(signed.ContentJson).Sections.SelectMany(s => s.Blocks).OfType<ReportTable>()
            .SelectMany(t => t.Rows).Where(r => r[0] == "Contraindication").ToList();
        Assert.Equal(EligibilityCriteria.Defaults.Contraindications.Count, rows.Count);
        Assert.All(rows, r => Assert.Equal("absent", r[^1]));
    }

    [Fact]
    public async Task Offer_OnAnOldAssessment_IsRefused_AndTheChineseReportPrintsTheOverride()
    {
        var world = await worlds.ForAsync(DatabaseProvider.Sqlite);
        var (record, patient, clinician, workspace) = await InReviewAsync(world, "zh-Hans");
        var old = await world.Data.RecordAssessmentAsync(record, Today(world).AddDays(-EligibilityCriteria.DefaultCurrentAssessmentDays - 1));
        var fields = ConsultationReportPageTests.Offer(TestWorld.Password, overrideReason: null);
        fields["Form.AssessmentId"] = old.Id.ToString();

        var refused = await SignAsync(clinician, workspace, fields);

        Assert.Contains("data-concern=\"assessmentNotCurrent\"", await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken),
            StringComparison.Ordinal);
        fields["Form.OverrideReason"] = "患者下周入院，届时复查肺功能。";
        Assert.Equal(HttpStatusCode.Redirect, (await SignAsync(clinician, workspace, fields)).StatusCode);
        var report = Assert.Single((await patient.GetFromJsonAsync<ConsultationView>($"/api/consultations/{ConsultationOf(workspace)}"))!.Reports);
        var pdf = PdfText.WithoutWhitespace(await patient.GetByteArrayAsync($"/api/consultations/{ConsultationOf(workspace)}/reports/{report.Id}/pdf"));
        Assert.Contains("医生评估已超过90天", pdf, StringComparison.Ordinal);
        Assert.Contains("医生的理由：患者下周入院，届时复查肺功能。", pdf, StringComparison.Ordinal);
    }

    // Security test plan AS-01: the signing password counts failures like a sign-in, and a locked-out account cannot sign even with the right password.
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task LockedOutSigner_IsRefused_AndWrongPasswordsCount(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var (_, _, clinician, workspace) = await InReviewAsync(world);

        var wrong = await SignAsync(clinician, workspace, ConsultationReportPageTests.Offer("not-the-password"));
        Assert.Contains("the report was not signed", await wrong.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        await using (var scope = world.Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<MndCareUser>>();
            var signer = (await AuditTests.EventsAsync(world, e => e.Action == "consultation.report.sign" && e.Outcome == AuditOutcome.Denied
                && e.Details!.Contains(ConsultationOf(workspace).ToString("D"), StringComparison.Ordinal))).Single().ActorUserId!.Value;
            var user = (await users.FindByIdAsync(signer.ToString()))!;
            Assert.Equal(1, await users.GetAccessFailedCountAsync(user));
            await users.SetLockoutEndDateAsync(user, DateTimeOffset.UtcNow.AddMinutes(15));
        }

        var locked = await SignAsync(clinician, workspace, ConsultationReportPageTests.Offer(TestWorld.Password));

        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Contains("Your account is locked", await locked.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.False(await AnySignedAsync(world, workspace));
        Assert.Contains(await AuditTests.EventsAsync(world, e => e.Action == "consultation.report.sign" && e.Outcome == AuditOutcome.Denied),
            e => e.Reason == "refused: signerLockedOut");
    }

    // The correction form starts from the signed version: recommendation, assessment, answers, texts and override reason.
    [Fact]
    public async Task Correction_StartsFromTheSignedContent()
    {
        var world = await worlds.ForAsync(DatabaseProvider.Sqlite);
        var (_, _, clinician, workspace) = await InReviewAsync(world);
        var offer = ConsultationReportPageTests.Offer(TestWorld.Password);
        offer["Form.ContraindicationsPresent"] = EligibilityCriteria.Defaults.Contraindications[1];
        Assert.Equal(HttpStatusCode.Redirect, (await SignAsync(clinician, workspace, offer)).StatusCode);

        var form = await clinician.GetStringAsync(workspace);

        Assert.Contains("<option value=\"offerProgramme\" selected=\"selected\">", form, StringComparison.Ordinal);
        foreach (var field in new[] { "Form.RecommendationText", "Form.ProposedPlan", "Form.Costs", "Form.OverrideReason" })
        {
            Assert.Contains(System.Net.WebUtility.HtmlEncode(offer[field]), form, StringComparison.Ordinal);
        }
        Assert.Matches($"value=\"{System.Text.RegularExpressions.Regex.Escape(EligibilityCriteria.Defaults.Contraindications[1])}\" checked=\"checked\"", form);
        Assert.Matches("id=\"Form_ContraindicationsRuledOut\"[^>]*checked=\"checked\"", form);
        Assert.Matches("<textarea id=\"Form_CorrectionReason\"[^>]*></textarea>", form);
    }
}
