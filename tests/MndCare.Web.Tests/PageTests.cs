using System.Net;
using MndCare.Domain.Clinics;
using MndCare.Persistence;
using MndCare.Testing;

namespace MndCare.Web.Tests;

public sealed class PageTests(ApiWorld worlds)
{
    private async Task<(HttpClient Client, World World)> ClinicianAsync(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var user = await world.Data.CreateStaffAsync(world.ClinicA, ClinicRole.Clinician);
        var key = await world.EnrolAuthenticatorAsync(user.Email!);
        return (await PageSession.SignInAsync(world.Factory, user.Email!, TestWorld.Password, key), world);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Anonymous_IsSentToSignIn(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);

        var response = await world.Factory.CreateClient().GetAsync($"/Patients/{world.PatientA1.Id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/Account/Login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    // Security test plan AS-05: the session cookie is __Host-, Secure, HttpOnly and SameSite=Strict.
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task SignIn_SetsAHardenedSessionCookie(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var client = world.Factory.CreateClient();

        var response = await PageSession.SubmitAsync(client, "/Account/Login",
            new Dictionary<string, string> { ["Email"] = world.Emails["patient"], ["Password"] = TestWorld.Password });

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-mndcare=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("domain=", cookie, StringComparison.OrdinalIgnoreCase);
    }

    // Security test plan AS-08: staff without an authenticator reach only the enrolment page.
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task StaffWithoutAuthenticator_IsSentToEnrolment(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var nurse = await world.Data.CreateStaffAsync(world.ClinicA, ClinicRole.Nurse);
        var client = await PageSession.SignInAsync(world.Factory, nurse.Email!, TestWorld.Password);

        var response = await client.GetAsync("/Patients");
        var enrolment = await client.GetStringAsync("/Account/EnrollAuthenticator");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/EnrollAuthenticator", response.Headers.Location!.OriginalString);
        Assert.Contains("otpauth://totp/", enrolment, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Enrolment_WithAValidCode_OpensTheApplication(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var nurse = await world.Data.CreateStaffAsync(world.ClinicA, ClinicRole.Nurse);
        var client = await PageSession.SignInAsync(world.Factory, nurse.Email!, TestWorld.Password);
        var page = await client.GetStringAsync("/Account/EnrollAuthenticator");
        var key = System.Text.RegularExpressions.Regex.Match(page, "secret=([A-Z2-7]+)").Groups[1].Value;

        var enrolled = await PageSession.SubmitAsync(client, "/Account/EnrollAuthenticator",
            new Dictionary<string, string> { ["Code"] = ApiClient.TotpCode(key, DateTime.UtcNow) });

        Assert.Equal(HttpStatusCode.OK, enrolled.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Patients")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task PatientPage_RendersMarkupAsText(DatabaseProvider provider)
    {
        var (client, world) = await ClinicianAsync(provider);
        var patient = await world.Data.CreatePatientAsync(world.ClinicA, new PatientBuilder()
            .WithName("<script>window.__xss=1</script>", "\"><img src=x onerror=alert(1)>").WithMrn("X-" + Guid.CreateVersion7().ToString("N")[^8..]));

        var html = await client.GetStringAsync($"/Patients/{patient.Id}");

        Assert.Contains("&lt;script&gt;window.__xss=1&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>window.__xss", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task PatientPage_OtherClinic_IsNotFound(DatabaseProvider provider)
    {
        var (client, world) = await ClinicianAsync(provider);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Patients/{world.PatientB1.Id}")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task PatientUser_LandsOnTheirPortal_AndReachesTheirOwnRecordOnly(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var client = await PageSession.SignInAsync(world.Factory, world.Emails["patient"], TestWorld.Password);

        var start = await client.GetAsync("/");
        var own = await client.GetAsync($"/Patients/{world.PatientA1.Id}");
        var other = await client.GetAsync($"/Patients/{world.PatientA2.Id}");
        var search = await client.GetAsync("/Patients");

        Assert.Equal("/Portal", start.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, search.StatusCode);
        Assert.StartsWith("https://localhost/Account/AccessDenied", search.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    // Security test plan AC-08: a form posted without the antiforgery token changes nothing.
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Form_WithoutAntiforgeryToken_IsRefused(DatabaseProvider provider)
    {
        var (client, _) = await ClinicianAsync(provider);

        var response = await client.PostAsync("/Patients/New", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.Mrn"] = "CSRF-1", ["Form.NativeName"] = "x", ["Form.Sex"] = "male", ["Form.BirthDate"] = "1960-01-01", ["Form.PreferredLanguage"] = "en",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task RegisterForm_ShowsEachFieldErrorAndThenRegisters(DatabaseProvider provider)
    {
        var (client, _) = await ClinicianAsync(provider);
        var fields = new Dictionary<string, string>
        {
            ["Form.Mrn"] = "F-" + Guid.CreateVersion7().ToString("N")[^8..], ["Form.NativeName"] = "周敏", ["Form.Sex"] = "female",
            ["Form.BirthDate"] = "2999-01-01", ["Form.PreferredLanguage"] = "zh-Hans",
        };

        var invalid = await PageSession.SubmitAsync(client, "/Patients/New", fields);
        var html = await invalid.Content.ReadAsStringAsync();
        fields["Form.BirthDate"] = "1959-12-31";
        var valid = await PageSession.SubmitAsync(client, "/Patients/New", fields);

        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        Assert.Contains("Birth date: is in the future.", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, valid.StatusCode);
        Assert.Contains("周敏", await client.GetStringAsync(valid.Headers.Location!.OriginalString), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task EditForm_SavesTheChangeAndShowsIt(DatabaseProvider provider)
    {
        var (client, world) = await ClinicianAsync(provider);
        var patient = await world.Data.CreatePatientAsync(world.ClinicA, new PatientBuilder().WithMrn("E-" + Guid.CreateVersion7().ToString("N")[^8..]));
        var form = await client.GetStringAsync($"/Patients/{patient.Id}/Edit");
        var version = System.Text.RegularExpressions.Regex.Match(form, "name=\"Version\" value=\"([0-9a-f]{32})\"").Groups[1].Value;

        var saved = await PageSession.SubmitAsync(client, $"/Patients/{patient.Id}/Edit", new Dictionary<string, string>
        {
            ["Version"] = version, ["Form.Mrn"] = patient.Mrn, ["Form.NativeName"] = patient.NativeName, ["Form.LatinName"] = "Zhang Wei",
            ["Form.Sex"] = "male", ["Form.BirthDate"] = "1968-04-12", ["Form.PreferredLanguage"] = "zh-Hans", ["Form.Phone"] = "+86 139 7777 0000",
            ["Form.OnsetDate"] = "2024-03-01", ["Form.DiagnosisDate"] = "2025-01-15", ["Form.OnsetSite"] = "upperLimb",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("+86 139 7777 0000", WebUtility.HtmlDecode(await client.GetStringAsync($"/Patients/{patient.Id}")), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task LanguageSwitch_ShowsSimplifiedChinese(DatabaseProvider provider)
    {
        var (client, _) = await ClinicianAsync(provider);

        await PageSession.SubmitAsync(client, "/Language", new Dictionary<string, string> { ["culture"] = "zh-Hans", ["returnUrl"] = "/Patients" });
        var html = await client.GetStringAsync("/Patients");

        Assert.Contains("查找患者", html, StringComparison.Ordinal);
        Assert.Contains("lang=\"zh-Hans\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task AuditPage_IsForAuditorsOnly(DatabaseProvider provider)
    {
        var (clinician, world) = await ClinicianAsync(provider);
        var auditorUser = await world.Data.CreateStaffAsync(world.ClinicA, ClinicRole.Auditor);
        var auditor = await PageSession.SignInAsync(world.Factory, auditorUser.Email!, TestWorld.Password,
            await world.EnrolAuthenticatorAsync(auditorUser.Email!));

        var refused = await clinician.GetAsync("/Audit");
        var page = await auditor.GetStringAsync("/Audit?action=patient.");
        var verified = await PageSession.SubmitAsync(auditor, "/Audit", new Dictionary<string, string>(), "/Audit?handler=Verify");

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("patient.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("CANARY-B1", page, StringComparison.Ordinal);
        Assert.Contains("id=\"chain-status\"", await verified.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    // Security test plan HC-01.
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task EveryResponse_CarriesSecurityHeaders(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var client = world.Factory.CreateClient();

        foreach (var path in new[] { "/Account/Login", "/api/patients", "/health", "/nowhere" })
        {
            var response = await client.GetAsync(path);
            var csp = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
            Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        }
    }
}
