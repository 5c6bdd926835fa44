using System.Net;
using System.Text.RegularExpressions;
using MndCare.Persistence;
using MndCare.Testing;

namespace MndCare.Web.Tests;

// Issue 4: an account with e-mail verification; the link arrives by mail outside demo mode; unconfirmed addresses cannot sign in.
// Issue 7 (security test plan AS-02, ASVS 6.3.7): an address that already has an account gets the same screen and a mail
// instead; links are built from Mail:PublicBaseUrl only, never from the request's Host header.
public sealed partial class RegistrationTests
{
    private const string PublicBaseUrl = "https://clinic.example.org";

    [GeneratedRegex(@"https://clinic\.example\.org/Account/ConfirmEmail\?userId=[0-9a-f-]{36}&token=[^\s]+")]
    private static partial Regex ConfirmationLink();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]+\"")]
    private static partial Regex AntiforgeryToken();

    private static Dictionary<string, string> Form(string email) => new()
    {
        ["Form.ApplicantName"] = "Mary Family",
        ["Form.Email"] = email,
        ["Form.Password"] = "a-long-family-password",
        ["Form.Relationship"] = "spouse",
        ["Form.PatientName"] = "John Family",
        ["Form.Sex"] = "male",
        ["Form.BirthDate"] = "1958-03-02",
        ["Form.PreferredLanguage"] = "en",
        ["Form.ConsentGiven"] = "true",
        ["Form.ConsentVersion"] = Application.Consultations.ConsentText.CurrentVersion,
    };

    private static string[] Mails(string folder) => PickupMail.Files(folder);

    private static string Body(string eml) => PickupMail.Body(eml);

    [Fact]
    public async Task Register_MailsTheLink_UnconfirmedCannotSignIn_ConfirmedCan()
    {
        var pickup = Path.Combine(Path.GetTempPath(), "mndcare-mail-" + Guid.CreateVersion7().ToString("N"));
        Directory.CreateDirectory(pickup);
        try
        {
            await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
            await using var factory = new MndCareWebFactory(database, new Dictionary<string, string?>
            {
                ["Mail:PickupDirectory"] = pickup,
                ["Mail:PublicBaseUrl"] = PublicBaseUrl,
            });
            await new TestWorld(factory.Services).CreateClinicAsync("Intake clinic");
            var client = factory.CreateClient();
            client.DefaultRequestHeaders.Host = "attacker.example";

            var missingConsent = Form("mary@example.org");
            missingConsent.Remove("Form.ConsentGiven");
            var refused = await PageSession.SubmitAsync(client, "/Account/Register", missingConsent);
            Assert.Contains("accept the consent", await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
            Assert.Empty(Mails(pickup));

            var registered = await PageSession.SubmitAsync(client, "/Account/Register", Form("mary@example.org"));
            var registeredPage = await registered.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.Contains("Check your e-mail", registeredPage, StringComparison.Ordinal);
            var mail = Assert.Single(Mails(pickup));
            var link = ConfirmationLink().Match(Body(mail)).Value;
            Assert.NotEmpty(link);
            Assert.DoesNotContain("attacker.example", Body(mail), StringComparison.Ordinal);

            var early = await ApiClient.LoginAsync(client, "mary@example.org", "a-long-family-password");
            Assert.Equal(HttpStatusCode.Unauthorized, early.StatusCode);
            Assert.Contains("emailNotConfirmed", await early.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);

            var again = await PageSession.SubmitAsync(client, "/Account/Register", Form("mary@example.org"));
            var againPage = await again.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.Equal((registered.StatusCode, AntiforgeryToken().Replace(registeredPage, "")),
                (again.StatusCode, AntiforgeryToken().Replace(againPage, "")));
            var existing = Assert.Single(Mails(pickup), m => m != mail);
            Assert.Contains("which already has one. To sign in, open: " + PublicBaseUrl + "/Account/Login", Body(existing), StringComparison.Ordinal);
            Assert.DoesNotMatch(ConfirmationLink(), Body(existing));

            Assert.Contains("id=\"confirmed\"", await client.GetStringAsync(link, TestContext.Current.CancellationToken), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await ApiClient.LoginAsync(client, "mary@example.org", "a-long-family-password")).StatusCode);

            // The message is in the language chosen in the form, not the page's.
            var chinese = Form("li@example.org");
            chinese["Form.PreferredLanguage"] = "zh-Hans";
            await PageSession.SubmitAsync(client, "/Account/Register", chinese);
            Assert.Contains(Mails(pickup), m => Body(m).Contains("请打开此链接", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(pickup, recursive: true);
        }
    }

    // Security test plan AS-03: a common password, or one built from the applicant's own name, is refused with a reason.
    [Theory]
    [InlineData("Password123!")]
    [InlineData("maryfamily1958")]
    public async Task Register_WithAGuessablePassword_IsRefused(string password)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var factory = new MndCareWebFactory(database);
        await new TestWorld(factory.Services).CreateClinicAsync("Intake clinic");
        var form = Form("guess@example.org");
        form["Form.Password"] = password;

        var refused = await PageSession.SubmitAsync(factory.CreateClient(), "/Account/Register", form);

        Assert.Contains("too easy to guess", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)),
            StringComparison.Ordinal);
    }
}
