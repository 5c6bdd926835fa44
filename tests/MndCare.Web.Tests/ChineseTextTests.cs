using System.Net;
using System.Text.RegularExpressions;
using MndCare.Domain.Clinics;
using MndCare.Testing;
using MndCare.Testing.Language;
using MndCare.Testing.Pdf;

namespace MndCare.Web.Tests;

// Issue 7: Chinese is a first language. Every page each role reaches, in Chinese, and the Chinese report carry no English
// words (names, instrument abbreviations and numbers aside), including the clinical reasons, the error messages and the
// signed report. The clinic's data (names, free text) is Chinese here, so any English left is the interface's.
public sealed partial class ChineseTextTests(ChineseScene scene) : IClassFixture<ChineseScene>
{
    private const int MaxPagesPerRole = 150;

    private static readonly string[] NotFollowed =
        ["/Account/Logout", "/Language", "/File", "/pdf", "Pdf", "handler=Export", "/openapi", "/css/", "/js/", "favicon", "/health", "lang=en"];

    [GeneratedRegex("""href="(/[^"#]*)""")]
    private static partial Regex Link();

    [GeneratedRegex(@"[?&]page=(\d+)")]
    private static partial Regex PageNumber();

    public static TheoryData<string> Roles() =>
        ["patient", "family", .. Enum.GetValues<ClinicRole>().Where(RolePermissions.IsStaff).Select(r => r.ToString())];

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task EveryPageARoleReaches_InChinese_HasNoEnglishWords(string role)
    {
        var client = role switch
        {
            "patient" => await scene.SignInAsync(scene.PatientEmail),
            "family" => await scene.SignInAsync(scene.FamilyEmail),
            _ => await scene.StaffAsync(Enum.Parse<ClinicRole>(role)),
        };

        var found = await CrawlAsync(client, "/");

        // Cell-lab staff see no patient data yet: their start page is all they reach.
        Assert.True(found.Visited >= (role == nameof(ClinicRole.CellLab) ? 1 : 4), $"only {found.Visited} pages were reached; is the crawl broken?");
        Assert.True(found.Problems.Count == 0, $"{role}: {found.Visited} pages in Chinese; English or errors on:\n" + string.Join("\n", found.Problems));
    }

    [Fact]
    public async Task FormErrors_InChinese_HaveNoEnglishWords()
    {
        var clinician = await scene.StaffAsync(ClinicRole.Clinician);
        var form = $"/Patients/{scene.PatientId}/Assessments/New";
        var empty = await PageSession.SubmitAsync(clinician, form, new Dictionary<string, string> { ["Form.AssessmentDate"] = "2099-13-40" },
            form + "?handler=Preview");
        var visitor = scene.Factory.CreateClient();
        await PageSession.SubmitAsync(visitor, "/Language", new Dictionary<string, string> { ["culture"] = "zh-Hans", ["returnUrl"] = "/" });
        var wrongPassword = await PageSession.SubmitAsync(visitor, "/Account/Login",
            new Dictionary<string, string> { ["Email"] = scene.PatientEmail, ["Password"] = "not-the-password" });
        var registration = await PageSession.SubmitAsync(visitor, "/Account/Register", new Dictionary<string, string> { ["Form.Email"] = "不是邮箱" });

        var problems = new List<string>();
        foreach (var (name, response) in new[] { ("assessment form", empty), ("sign-in", wrongPassword), ("registration", registration) })
        {
            var words = EnglishWords.In(EnglishWords.VisibleText(await response.Content.ReadAsStringAsync()), Names);
            if (words.Count > 0)
            {
                problems.Add($"{name}: {string.Join(", ", words.Distinct())}");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task SignedReport_InChinese_HasNoEnglishWords_OnThePageOrInThePdf()
    {
        var patient = await ApiClient.SignedInAsync(scene.Factory, scene.PatientEmail);
        var reports = $"/api/consultations/{scene.ConsultationId}/reports/{scene.ReportId}";

        var pdf = await patient.GetByteArrayAsync(reports + "/pdf?lang=zh-Hans");
        var page = await (await scene.SignInAsync(scene.PatientEmail))
            .GetStringAsync($"/Consultations/{scene.ConsultationId}/Reports/{scene.ReportId}?lang=zh-Hans");

        Assert.Empty(EnglishWords.In(PdfText.All(pdf), Names).Distinct());
        Assert.Empty(EnglishWords.In(EnglishWords.VisibleText(page), Names).Distinct());
    }

    /// <summary>Latin words that name things in this scene: the e-mail domain's words never stand alone, so nothing yet.</summary>
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal);

    private sealed record Crawl(int Visited, List<string> Problems);

    private static async Task<Crawl> CrawlAsync(HttpClient client, string start)
    {
        var queue = new Queue<string>([start]);
        var seen = new HashSet<string>(StringComparer.Ordinal) { start };
        var problems = new List<string>();
        var visited = 0;
        while (queue.Count > 0 && visited < MaxPagesPerRole)
        {
            var path = queue.Dequeue();
            using var response = await client.GetAsync(path);
            visited++;
            if ((int)response.StatusCode >= 500)
            {
                problems.Add($"{path}: {(int)response.StatusCode}");
                continue;
            }
            if (response.Headers.Location?.OriginalString is { } target && target.StartsWith('/') && seen.Add(target))
            {
                queue.Enqueue(target);
            }
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }
            var html = await response.Content.ReadAsStringAsync();
            var words = EnglishWords.In(EnglishWords.VisibleText(html), Names).Distinct().ToList();
            if (words.Count > 0)
            {
                problems.Add($"{path}: {string.Join(", ", words)}");
            }
            foreach (var link in Link().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)))
            {
                var deepPage = PageNumber().Match(link) is { Success: true } number && int.Parse(number.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) > 2;
                if (!deepPage && !NotFollowed.Any(n => link.Contains(n, StringComparison.Ordinal)) && seen.Add(link))
                {
                    queue.Enqueue(link);
                }
            }
        }
        return new Crawl(visited, problems);
    }
}
