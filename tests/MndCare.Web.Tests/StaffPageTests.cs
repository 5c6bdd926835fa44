using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MndCare.Domain.Clinics;
using MndCare.Persistence;
using MndCare.Testing;

namespace MndCare.Web.Tests;

// The administrator's staff pages, in both languages, without clinical content.
public sealed class StaffPageTests(ApiWorld worlds)
{
    private static async Task<(Clinic Clinic, HttpClient Admin)> ClinicWithAdministratorAsync(World world)
    {
        var clinic = await world.Data.CreateClinicAsync("Pages " + Guid.CreateVersion7().ToString("N")[^8..]);
        await world.Data.CreatePatientAsync(clinic, new PatientBuilder().WithName("临床隐私", "Clinical Secret"));
        var (admin, _) = await world.StaffPagesAsync(clinic, ClinicRole.Administrator);
        return (clinic, admin);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task InviteOnThePage_ListsTheInvitee_AndSaysWhenNoMailCouldBeSent(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var (_, admin) = await ClinicWithAdministratorAsync(world);
        var email = $"invitee-{Guid.CreateVersion7():N}@example.org";

        var invited = await PageSession.SubmitAsync(admin, "/Admin/Staff", new Dictionary<string, string>
        {
            ["Form.Email"] = email, ["Form.DisplayName"] = "Nora Nurse", ["Form.Role"] = "nurse", ["Form.Language"] = "en",
        }, "/Admin/Staff?handler=Invite");
        var html = WebUtility.HtmlDecode(await invited.Content.ReadAsStringAsync());
        var refused = await PageSession.SubmitAsync(admin, "/Admin/Staff", new Dictionary<string, string>
        {
            ["Form.Email"] = "nobody", ["Form.DisplayName"] = "", ["Form.Role"] = "surgeon",
        }, "/Admin/Staff?handler=Invite");
        var errors = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());

        Assert.Contains("The invitation e-mail could not be sent", html, StringComparison.Ordinal);
        Assert.Contains(email, html, StringComparison.Ordinal);
        Assert.Contains(">Invited<", html, StringComparison.Ordinal);
        Assert.Contains(">Nurse<", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Clinical Secret", html, StringComparison.Ordinal);
        Assert.Contains("E-mail: is not in the expected format.", errors, StringComparison.Ordinal);
        Assert.Contains("Role: is not one of the allowed values.", errors, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task MemberPage_SavesRolesAndDeactivates(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var (clinic, admin) = await ClinicWithAdministratorAsync(world);
        var nurse = await world.Data.CreateStaffAsync(clinic, ClinicRole.Nurse);
        var path = $"/Admin/Staff/{nurse.Id}";
        var page = await admin.GetStringAsync(path);
        var version = Regex.Match(page, "name=\"version\" value=\"([^\"]+)\"").Groups[1].Value;

        var roles = await admin.PostAsync(path + "?handler=Roles", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", PageSession.AntiforgeryToken(page)), new("clinicId", clinic.Id.ToString()), new("version", version),
            new("roles", "nurse"), new("roles", "auditor"),
        ]));
        var rolesHtml = await roles.Content.ReadAsStringAsync();
        var deactivated = await PageSession.SubmitAsync(admin, path, new Dictionary<string, string> { ["reason"] = "moved away" }, path + "?handler=Deactivate");
        var deactivatedHtml = await deactivated.Content.ReadAsStringAsync();

        Assert.Contains("The roles are saved.", rolesHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"auditor\" checked=\"checked\"", rolesHtml, StringComparison.Ordinal);
        Assert.Contains("The account is deactivated and signed out everywhere.", deactivatedHtml, StringComparison.Ordinal);
        Assert.Contains("id=\"status\">Deactivated<", deactivatedHtml, StringComparison.Ordinal);
        Assert.Contains("id=\"reactivate\"", deactivatedHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Clinical Secret", deactivatedHtml, StringComparison.Ordinal);
        await using var db = world.Database.CreateContext();
        Assert.NotNull((await db.Users.AsNoTracking().SingleAsync(u => u.Id == nurse.Id)).DeactivatedAtUtc);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task StaffPages_AreForAdministratorsOnly_AndInSimplifiedChinese(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var (_, admin) = await ClinicWithAdministratorAsync(world);
        var (clinician, _) = await world.StaffPagesAsync(world.ClinicA, ClinicRole.Clinician);

        var refused = await clinician.GetAsync("/Admin/Staff");
        await PageSession.SubmitAsync(admin, "/Language", new Dictionary<string, string> { ["culture"] = "zh-Hans", ["returnUrl"] = "/Admin/Staff" });
        var chinese = await admin.GetStringAsync("/Admin/Staff");
        var invalidLink = await admin.GetStringAsync($"/Account/AcceptInvitation?userId={Guid.CreateVersion7()}&token=nothing");

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.DoesNotContain("href=\"/Admin/Staff\"", await clinician.GetStringAsync("/"), StringComparison.Ordinal);
        Assert.Contains("<h1>工作人员</h1>", chinese, StringComparison.Ordinal);
        Assert.Contains("邀请工作人员", chinese, StringComparison.Ordinal);
        Assert.Contains(">管理员<", chinese, StringComparison.Ordinal);
        Assert.Contains("已启用", chinese, StringComparison.Ordinal);
        Assert.Contains("邀请链接有误、已过期或已被使用", invalidLink, StringComparison.Ordinal);
    }
}
