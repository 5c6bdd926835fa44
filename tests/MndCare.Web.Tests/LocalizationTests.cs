using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace MndCare.Web.Tests;

// English is complete and Simplified Chinese is wired in: every interface string has both.
public sealed partial class LocalizationTests
{
    private static readonly string WebProject = FindWebProject();

    [GeneratedRegex("""L\["([^"]+)"[\],]""")]
    private static partial Regex ViewKey();

    [GeneratedRegex("""Message = "([^"]+)";|Message = \w+ \? "([^"]+)"\s*: "([^"]+)";|Title = "([^"]+)"|=> "([A-Z][^"]+)",""")]
    private static partial Regex CodeKey();

    [GeneratedRegex(""""new ValidationError\(\s*"([\w.]+)"\s*,\s*"(\w+)"|new ConflictError\(\s*"(\w+)"|new ValidationError\(\s*\w+\s*,\s*"(\w+)"""")]
    private static partial Regex ErrorLiteral();

    /// <summary>Where the errors a patient, a family or a clinician can meet on a screen are made (the command line's and the
    /// start-up checks' are for operators).</summary>
    private static readonly string[] ScreenErrorSources =
    [
        "MndCare.Domain/Consultations", "MndCare.Domain/Patients", "MndCare.Domain/Text", "MndCare.Domain/Auditing", "MndCare.Application/Consultations",
        "MndCare.Application/Identity", "MndCare.Application/Files", "MndCare.Application/Patients", "MndCare.Web/Pages",
    ];

    private static string FindWebProject()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "MndCare.slnx")))
        {
            directory = directory.Parent;
        }
        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("MndCare.slnx not found above the test output"), "src", "MndCare.Web");
    }

    private static HashSet<string> ResourceKeys(string file) =>
        [.. XDocument.Load(Path.Combine(WebProject, "Resources", file)).Root!.Elements("data").Select(e => (string)e.Attribute("name")!)];

    private static IEnumerable<string> KeysUsedInPages()
    {
        var pages = Path.Combine(WebProject, "Pages");
        var fromViews = Directory.EnumerateFiles(pages, "*.cshtml", SearchOption.AllDirectories)
            .SelectMany(f => ViewKey().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Where(k => !(k.EndsWith('.') && !k.Contains(' ', StringComparison.Ordinal)));
        var fromModels = Directory.EnumerateFiles(pages, "*.cshtml.cs", SearchOption.AllDirectories)
            .SelectMany(f => CodeKey().Matches(File.ReadAllText(f)))
            .SelectMany(m => m.Groups.Values.Skip(1).Where(g => g.Success).Select(g => g.Value));
        return fromViews.Concat(fromModels).Distinct();
    }

    [Fact]
    public void EveryInterfaceString_HasASimplifiedChineseTranslation()
    {
        var chinese = ResourceKeys("SharedResource.zh-Hans.resx");

        var missing = KeysUsedInPages().Where(k => !chinese.Contains(k)).ToList();

        Assert.True(KeysUsedInPages().Count() > 50, "the scan found too few strings; is the pattern broken?");
        Assert.Empty(missing);
    }

    // Issue 7: an error shows "field: what is wrong" from error.<code> and field.<name>; without them a Chinese reader gets English.
    [Fact]
    public void EveryErrorAScreenShows_HasItsTextAndFieldNameInChinese()
    {
        var chinese = ResourceKeys("SharedResource.zh-Hans.resx");
        var sources = Path.GetFullPath(Path.Combine(WebProject, ".."));
        var found = ScreenErrorSources.SelectMany(d => Directory.EnumerateFiles(Path.Combine(sources, d), "*.cs", SearchOption.AllDirectories))
            .SelectMany(f => ErrorLiteral().Matches(File.ReadAllText(f)))
            .SelectMany(m => new[] { m.Groups[1].Success ? "field." + m.Groups[1].Value : null, "error." + (m.Groups[2].Success ? m.Groups[2].Value
                : m.Groups[3].Success ? m.Groups[3].Value : m.Groups[4].Value) })
            .OfType<string>().Distinct().ToList();

        Assert.True(found.Count > 40, "the scan found too few errors; is the pattern broken?");
        var missing = found.Where(k => !chinese.Contains(k)).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void EveryCodeKey_HasEnglishTextAndAChineseTranslation()
    {
        var english = ResourceKeys("SharedResource.resx");
        var chinese = ResourceKeys("SharedResource.zh-Hans.resx");

        var untranslated = english.Except(chinese).ToList();
        var codesWithoutEnglish = chinese.Where(k => k.Contains('.', StringComparison.Ordinal) && !k.Contains(' ', StringComparison.Ordinal)).Except(english).ToList();

        Assert.Empty(untranslated);
        Assert.Empty(codesWithoutEnglish);
    }
}
