using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MndCare.Application.Paging;
using MndCare.Application.Staff;
using MndCare.Domain.Auditing;
using MndCare.Domain.Clinics;
using MndCare.Persistence;
using MndCare.Persistence.Identity;
using MndCare.Testing;
using static MndCare.Web.Features.Staff.StaffEndpoints;

namespace MndCare.Web.Tests;

// Staff administration over the API: roles per clinic, deactivation, authenticator reset and unlock, each audited with old and new.
public sealed class StaffAdministrationTests(ApiWorld worlds)
{
    private sealed record Clinic2(Clinic Clinic, HttpClient Admin, MndCareUser AdminUser);

    private static async Task<Clinic2> ClinicWithAdministratorAsync(World world)
    {
        var clinic = await world.Data.CreateClinicAsync("Staff " + Guid.CreateVersion7().ToString("N")[^8..]);
        var (admin, user) = await world.StaffApiAsync(clinic, ClinicRole.Administrator);
        return new Clinic2(clinic, admin, user);
    }

    private static async Task<List<AuditRecord>> EventsAsync(World world, Guid userId, string action)
    {
        await using var db = world.Database.CreateContext();
        return await db.AuditEvents.AsNoTracking().Where(e => e.EntityId == userId.ToString("D") && e.Action == action).OrderBy(e => e.Sequence).ToListAsync();
    }

    private static async Task<HttpResponseMessage> PutRolesAsync(HttpClient admin, Guid userId, Guid clinicId, string[] roles, string? version)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/admin/staff/{userId}/roles") { Content = JsonContent.Create(new { clinicId, roles }) };
        if (version is not null)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{version}\""));
        }
        return await admin.SendAsync(request);
    }

    private static async Task<StaffMember> MemberAsync(HttpClient admin, Guid userId) =>
        (await admin.GetFromJsonAsync<StaffMember>($"/api/admin/staff/{userId}"))!;

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Roles_AreReplacedPerClinic_WithIfMatch_AndAuditedOldToNew(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var scene = await ClinicWithAdministratorAsync(world);
        var nurse = await world.Data.CreateStaffAsync(scene.Clinic, ClinicRole.Nurse);
        var before = await scene.Admin.GetAsync($"/api/admin/staff/{nurse.Id}");
        var version = (await before.Content.ReadFromJsonAsync<StaffMember>())!.Version;

        var withoutIfMatch = await PutRolesAsync(scene.Admin, nurse.Id, scene.Clinic.Id, ["nurse", "clinician"], null);
        var stale = await PutRolesAsync(scene.Admin, nurse.Id, scene.Clinic.Id, ["nurse", "clinician"], Guid.NewGuid().ToString());
        var patientRole = await PutRolesAsync(scene.Admin, nurse.Id, scene.Clinic.Id, ["patient"], version);
        var saved = await PutRolesAsync(scene.Admin, nurse.Id, scene.Clinic.Id, ["nurse", "clinician"], version);
        var member = await saved.Content.ReadFromJsonAsync<StaffMember>();

        Assert.Equal($"\"{version}\"", before.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.PreconditionRequired, withoutIfMatch.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, patientRole.StatusCode);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(["clinician", "nurse"], Assert.Single(member!.Clinics).Roles);
        Assert.NotEqual(version, member.Version);
        Assert.Equal($"\"{member.Version}\"", saved.Headers.ETag!.Tag);
        var events = await EventsAsync(world, nurse.Id, StaffAdministration.RolesAction);
        Assert.Equal([AuditOutcome.Invalid, AuditOutcome.Conflict, AuditOutcome.Invalid, AuditOutcome.Success], events.Select(e => e.Outcome));
        var success = events[^1];
        Assert.Equal([new FieldChange("roles", "nurse", "clinician,nurse")], success.Changes);
        Assert.Equal((scene.Clinic.Id, scene.AdminUser.Id), (success.ClinicId!.Value, success.ActorUserId!.Value));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Deactivation_EndsSessionsAndTokensAtOnce_AndBlocksSignIn_UntilReactivated(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var scene = await ClinicWithAdministratorAsync(world);
        var nurse = await world.Data.CreateStaffAsync(scene.Clinic, ClinicRole.Nurse);
        var key = await world.EnrolAuthenticatorAsync(nurse.Email!);
        // One session on the API and one on the pages: the previous step's code, then the current one (each is accepted once).
        var nurseApi = await ApiClient.SignedInAsync(world.Factory, nurse.Email!, TestWorld.Password, ApiClient.TotpCode(key, DateTime.UtcNow, -1));
        var nursePages = await PageSession.SignInAsync(world.Factory, nurse.Email!, TestWorld.Password, key);
        Assert.Equal(HttpStatusCode.OK, (await nurseApi.GetAsync("/api/patients")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await nursePages.GetAsync("/Patients")).StatusCode);

        var deactivated = await scene.Admin.PostAsJsonAsync($"/api/admin/staff/{nurse.Id}/deactivate", new { reason = "left the clinic" });
        var again = await scene.Admin.PostAsJsonAsync($"/api/admin/staff/{nurse.Id}/deactivate", new { });

        Assert.Equal(HttpStatusCode.OK, deactivated.StatusCode);
        Assert.Equal("deactivated", (await deactivated.Content.ReadFromJsonAsync<StaffMember>())!.Status);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await nurseApi.GetAsync("/api/patients")).StatusCode);
        var page = await nursePages.GetAsync("/Patients");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("https://localhost/Account/Login", page.Headers.Location!.ToString(), StringComparison.Ordinal);
        var signIn = await ApiClient.LoginAsync(world.Factory.CreateClient(), nurse.Email!, TestWorld.Password);
        Assert.Equal(HttpStatusCode.Unauthorized, signIn.StatusCode);
        Assert.Contains("accountDeactivated", await signIn.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var refusedPage = await PageSession.SubmitAsync(world.Factory.CreateClient(), "/Account/Login",
            new Dictionary<string, string> { ["Email"] = nurse.Email!, ["Password"] = TestWorld.Password });
        Assert.Contains("This account is deactivated", WebUtility.HtmlDecode(await refusedPage.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var reactivated = await scene.Admin.PostAsync($"/api/admin/staff/{nurse.Id}/reactivate", null);
        Assert.Equal("active", (await reactivated.Content.ReadFromJsonAsync<StaffMember>())!.Status);
        // Reactivated, the password is accepted again and the authenticator code is asked for.
        var back = await ApiClient.LoginAsync(world.Factory.CreateClient(), nurse.Email!, TestWorld.Password);
        Assert.Contains("twoFactorRequired", await back.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var deactivation = Assert.Single(await EventsAsync(world, nurse.Id, StaffAdministration.DeactivateAction), e => e.Outcome == AuditOutcome.Success);
        Assert.Equal([new FieldChange("active", "true", "false")], deactivation.Changes);
        Assert.Equal("left the clinic", deactivation.Reason);
        var reactivation = Assert.Single(await EventsAsync(world, nurse.Id, StaffAdministration.ReactivateAction));
        Assert.Equal([new FieldChange("active", "false", "true")], reactivation.Changes);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task ResetAuthenticator_SignsOutAndRequiresEnrolment_Unlock_EndsALockout(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var scene = await ClinicWithAdministratorAsync(world);
        var (nurseApi, nurse) = await world.StaffApiAsync(scene.Clinic, ClinicRole.Nurse);
        await using (var scope = world.Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<MndCareUser>>();
            var user = (await users.FindByIdAsync(nurse.Id.ToString()))!;
            for (var i = 0; i < 5; i++)
            {
                await users.AccessFailedAsync(user);
            }
        }
        Assert.NotNull((await MemberAsync(scene.Admin, nurse.Id)).LockedOutUntilUtc);

        var reset = await scene.Admin.PostAsync($"/api/admin/staff/{nurse.Id}/reset-authenticator", null);
        var unlocked = await scene.Admin.PostAsync($"/api/admin/staff/{nurse.Id}/unlock", null);

        Assert.False((await reset.Content.ReadFromJsonAsync<StaffMember>())!.AuthenticatorEnrolled);
        Assert.Null((await unlocked.Content.ReadFromJsonAsync<StaffMember>())!.LockedOutUntilUtc);
        Assert.Equal(HttpStatusCode.Unauthorized, (await nurseApi.GetAsync("/api/patients")).StatusCode);
        // Unlocked, the password works again; the next step is enrolling a new authenticator.
        var signIn = await ApiClient.LoginAsync(world.Factory.CreateClient(), nurse.Email!, TestWorld.Password);
        Assert.Equal(HttpStatusCode.Forbidden, signIn.StatusCode);
        Assert.Contains("twoFactorEnrollmentRequired", await signIn.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var resetEvent = Assert.Single(await EventsAsync(world, nurse.Id, StaffAdministration.ResetAuthenticatorAction));
        Assert.Equal([new FieldChange("authenticatorEnrolled", "true", "false"), new FieldChange("authenticatorKey", null, "reset")], resetEvent.Changes);
        var unlock = Assert.Single(await EventsAsync(world, nurse.Id, StaffAdministration.UnlockAction));
        Assert.Equal(["lockedOutUntil", "failedSignIns", "signInFailureCounts"], unlock.Changes.Select(c => c.Field));
        Assert.Equal((null, "0"), (unlock.Changes[0].New, unlock.Changes[1].New));
        Assert.NotNull(unlock.Changes[0].Old);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Administrators_CannotDeactivateThemselves_NorRemoveTheirLastAdministratorRole(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var scene = await ClinicWithAdministratorAsync(world);
        var version = (await MemberAsync(scene.Admin, scene.AdminUser.Id)).Version;

        var self = await scene.Admin.PostAsJsonAsync($"/api/admin/staff/{scene.AdminUser.Id}/deactivate", new { });
        var lastRole = await PutRolesAsync(scene.Admin, scene.AdminUser.Id, scene.Clinic.Id, ["nurse"], version);
        var keepsAdmin = await PutRolesAsync(scene.Admin, scene.AdminUser.Id, scene.Clinic.Id, ["administrator", "nurse"], version);

        Assert.Equal(HttpStatusCode.Conflict, self.StatusCode);
        Assert.Contains("ownAccount", await self.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, lastRole.StatusCode);
        Assert.Contains("ownLastAdministratorRole", await lastRole.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, keepsAdmin.StatusCode);
        Assert.Contains(await EventsAsync(world, scene.AdminUser.Id, StaffAdministration.DeactivateAction), e => e.Outcome == AuditOutcome.Conflict);
        Assert.Contains(await EventsAsync(world, scene.AdminUser.Id, StaffAdministration.RolesAction), e => e.Outcome == AuditOutcome.Conflict);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Scope_OtherClinicsStaffIsNotFound_OnlyAdministratorsManage_PatientAccountsAreNotStaff(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var scene = await ClinicWithAdministratorAsync(world);
        var elsewhere = await world.Data.CreateStaffAsync(world.ClinicB, ClinicRole.Nurse);
        var nurse = await world.ClientAsync("nurse");

        var notFound = await scene.Admin.GetAsync($"/api/admin/staff/{elsewhere.Id}");
        var notFoundAction = await scene.Admin.PostAsync($"/api/admin/staff/{elsewhere.Id}/unlock", null);
        var forbidden = await nurse.GetAsync("/api/admin/staff");
        var patientAccount = await scene.Admin.PostAsJsonAsync("/api/admin/staff/invitations",
            new { email = world.Emails["patient"], displayName = "Li", role = "nurse" });
        // An address with a staff account elsewhere is given the role: no new account, no invitation.
        var existing = await scene.Admin.PostAsJsonAsync("/api/admin/staff/invitations",
            new { email = elsewhere.Email, displayName = "Ignored", role = "auditor" });
        var twice = await scene.Admin.PostAsJsonAsync("/api/admin/staff/invitations",
            new { email = elsewhere.Email, displayName = "Ignored", role = "auditor" });
        var invalid = await scene.Admin.PostAsJsonAsync("/api/admin/staff/invitations", new { email = "not an address", role = "surgeon" });

        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notFoundAction.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, patientAccount.StatusCode);
        Assert.Contains("patientAccount", await patientAccount.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, existing.StatusCode);
        var added = (await existing.Content.ReadFromJsonAsync<InvitationResponse>())!;
        Assert.Equal((elsewhere.Id, false, null), (added.Member.Id, added.InvitationMailed, added.InvitationLink));
        Assert.Equal(["auditor"], Assert.Single(added.Member.Clinics).Roles); // only the administrator's clinics are shown
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        using var problem = JsonDocument.Parse(await invalid.Content.ReadAsStringAsync());
        Assert.Equal(["displayName", "email", "role"], problem.RootElement.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order());
        var grant = Assert.Single(await EventsAsync(world, elsewhere.Id, StaffInvitations.InviteAction), e => e.Outcome == AuditOutcome.Success);
        Assert.Equal([new FieldChange("roles", null, "auditor")], grant.Changes);
        Assert.Contains(await EventsAsync(world, elsewhere.Id, StaffAdministration.ReadAction), e => e.Outcome == AuditOutcome.NotFound);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task List_PagesTheStaffOfTheAdministratorsClinics(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var scene = await ClinicWithAdministratorAsync(world);
        for (var i = 0; i < StaffAdministration.PageSize + 1; i++)
        {
            await world.Data.CreateStaffAsync(scene.Clinic, ClinicRole.Nurse);
        }

        var first = await scene.Admin.GetFromJsonAsync<Paged<StaffMember>>("/api/admin/staff");
        var second = await scene.Admin.GetFromJsonAsync<Paged<StaffMember>>("/api/admin/staff?page=2");
        var search = await scene.Admin.GetFromJsonAsync<Paged<StaffMember>>($"/api/admin/staff?q={Uri.EscapeDataString(scene.AdminUser.Email!)}");
        var outOfRange = await scene.Admin.GetAsync("/api/admin/staff?page=0");

        Assert.Equal((StaffAdministration.PageSize + 2, StaffAdministration.PageSize, 2), (first!.Total, first.Items.Count, second!.Items.Count));
        Assert.Empty(first.Items.Select(m => m.Id).Intersect(second.Items.Select(m => m.Id)));
        Assert.Equal(scene.AdminUser.Id, Assert.Single(search!.Items).Id);
        Assert.Equal(HttpStatusCode.BadRequest, outOfRange.StatusCode);
    }
}
