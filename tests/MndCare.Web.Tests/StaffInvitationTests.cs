using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MndCare.Application.Staff;
using MndCare.Domain.Auditing;
using MndCare.Domain.Clinics;
using MndCare.Persistence;
using MndCare.Testing;
using static MndCare.Web.Features.Staff.StaffEndpoints;

namespace MndCare.Web.Tests;

// The administrator invites by e-mail; the invitee sets a password through the mailed link and, outside demo mode, must then
// enrol an authenticator.
public sealed partial class StaffInvitationTests
{
    [GeneratedRegex(@"https://clinic\.example\.org/Account/AcceptInvitation\?userId=[0-9a-f-]{36}&token=[^\s]+")]
    private static partial Regex InvitationLink();

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Invitation_IsMailedInTheChosenLanguage_AcceptedOnce_ThenTheInviteeMustEnrol(DatabaseProvider provider)
    {
        var pickup = Directory.CreateTempSubdirectory("mndcare-mail-").FullName;
        try
        {
            await using var database = await TestDatabase.CreateMigratedAsync(provider);
            await using var factory = new MndCareWebFactory(database, new Dictionary<string, string?>
            {
                ["Mail:PickupDirectory"] = pickup,
                ["Mail:PublicBaseUrl"] = "https://clinic.example.org",
            });
            var data = new TestWorld(factory.Services);
            var clinic = await data.CreateClinicAsync("仁心诊所");
            var admin = await data.CreateStaffAsync(clinic, ClinicRole.Administrator);
            var key = await EnrolAsync(factory, admin.Email!);
            var api = await ApiClient.SignedInAsync(factory, admin.Email!, TestWorld.Password, ApiClient.TotpCode(key, DateTime.UtcNow));

            var invited = await api.PostAsJsonAsync("/api/admin/staff/invitations",
                new { email = "wang.hushi@example.org", displayName = "王护士", role = "nurse", language = "zh-Hans" }, TestContext.Current.CancellationToken);
            var response = (await invited.Content.ReadFromJsonAsync<InvitationResponse>(TestContext.Current.CancellationToken))!;

            Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
            Assert.Equal(("invited", true, null), (response.Member.Status, response.InvitationMailed, response.InvitationLink));
            var body = PickupMail.Body(Assert.Single(PickupMail.Files(pickup)));
            Assert.Contains("王护士，您好", body, StringComparison.Ordinal);
            Assert.Contains("您受邀在仁心诊所使用 MndCare 工作", body, StringComparison.Ordinal);
            var link = new Uri(InvitationLink().Match(body).Value).PathAndQuery;
            var client = factory.CreateClient();
            var early = await ApiClient.LoginAsync(client, "wang.hushi@example.org", "any-password-at-all");
            Assert.Equal(HttpStatusCode.Unauthorized, early.StatusCode);

            var page = await client.GetStringAsync(link, TestContext.Current.CancellationToken);
            Assert.Contains("王护士", page, StringComparison.Ordinal);
            var weak = await PageSession.SubmitAsync(client, link, new Dictionary<string, string> { ["Password"] = "short" });
            Assert.Contains("Password", await weak.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
            var accepted = await PageSession.SubmitAsync(client, link, new Dictionary<string, string> { ["Password"] = "a-lantern-over-the-quiet-harbour" });
            Assert.Contains("id=\"accepted\"", await accepted.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
            Assert.Contains("id=\"invalid-invitation\"", await client.GetStringAsync(link, TestContext.Current.CancellationToken), StringComparison.Ordinal);

            // Outside demo mode a new staff member signs in with the password and is sent to enrol an authenticator.
            var signedIn = await PageSession.SignInAsync(factory, "wang.hushi@example.org", "a-lantern-over-the-quiet-harbour");
            var patients = await signedIn.GetAsync("/Patients", TestContext.Current.CancellationToken);
            Assert.Equal("/Account/EnrollAuthenticator", patients.Headers.Location!.OriginalString);
            var member = await api.GetFromJsonAsync<StaffMember>($"/api/admin/staff/{response.Member.Id}", TestContext.Current.CancellationToken);
            Assert.Equal("active", member!.Status);
            Assert.Equal(["nurse"], member.Clinics.Single().Roles);

            await using var db = database.CreateContext();
            var events = await db.AuditEvents.AsNoTracking().Where(e => e.EntityId == response.Member.Id.ToString("D"))
                .OrderBy(e => e.Sequence).ToListAsync(TestContext.Current.CancellationToken);
            var invite = Assert.Single(events, e => e.Action == StaffInvitations.InviteAction);
            Assert.Equal([new FieldChange("email", null, "wang.hushi@example.org"), new FieldChange("displayName", null, "王护士"),
                new FieldChange("roles", null, "nurse")], invite.Changes);
            var accept = Assert.Single(events, e => e.Action == StaffInvitations.AcceptAction && e.Outcome == AuditOutcome.Success);
            Assert.Equal((response.Member.Id, "王护士"), (accept.ActorUserId!.Value, accept.ActorName));
            Assert.Contains(events, e => e.Action == StaffInvitations.AcceptAction && e.Outcome == AuditOutcome.Invalid);
        }
        finally
        {
            Directory.Delete(pickup, recursive: true);
        }
    }

    [Fact]
    public async Task Resend_MakesEarlierLinksStopWorking()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var factory = new MndCareWebFactory(database, new Dictionary<string, string?> { ["Demo:Enabled"] = "true", ["Demo:Patients"] = "0" });
        var data = new TestWorld(factory.Services);
        var clinic = await data.CreateClinicAsync("Resend clinic");
        var admin = await data.CreateStaffAsync(clinic, ClinicRole.Administrator);
        var api = await ApiClient.SignedInAsync(factory, admin.Email!);

        var first = (await (await api.PostAsJsonAsync("/api/admin/staff/invitations",
            new { email = "late@example.org", displayName = "Late Starter", role = "auditor" }, TestContext.Current.CancellationToken))
            .Content.ReadFromJsonAsync<InvitationResponse>(TestContext.Current.CancellationToken))!;
        var second = (await (await api.PostAsJsonAsync($"/api/admin/staff/{first.Member.Id}/invitation", new { language = "en" },
            TestContext.Current.CancellationToken)).Content.ReadFromJsonAsync<InvitationResponse>(TestContext.Current.CancellationToken))!;
        var client = factory.CreateClient();

        Assert.NotNull(first.InvitationLink); // demo mode has no mail: the link comes back to show on screen
        Assert.Contains("id=\"invalid-invitation\"", await client.GetStringAsync(first.InvitationLink, TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Contains("Late Starter", await client.GetStringAsync(second.InvitationLink, TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    private static async Task<string> EnrolAsync(MndCareWebFactory factory, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Persistence.Identity.MndCareUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        await users.ResetAuthenticatorKeyAsync(user);
        await users.SetTwoFactorEnabledAsync(user, true);
        return (await users.GetAuthenticatorKeyAsync(user))!;
    }
}
