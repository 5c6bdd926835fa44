using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MndCare.Application.Assessments.Wordings;
using MndCare.Domain.Assessments;
using MndCare.Domain.Patients;
using MndCare.Domain.Results;

namespace MndCare.Application.Tests.Assessments;

// Issue 7: the ALSFRS-R in the reader's language. Two wordings ship; a clinic installs a licensed, validated one as a file,
// checked at start (every item, 5a and 5b included, with a sentence for every score 0-4).
public sealed class AlsfrsRWordingTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("mndcare-wordings-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static AlsfrsRWording Chinese => AlsfrsRWordings.BuiltIn.For(PreferredLanguage.SimplifiedChinese);

    /// <summary>A licensed wording file built from the Chinese built-in one.</summary>
    private static JsonObject Licensed(string id = "zh-Hans-licensed-2026")
    {
        var items = new JsonObject();
        foreach (var (name, item) in Chinese.Items)
        {
            var answers = new JsonObject();
            for (var score = 0; score < item.Answers.Count; score++)
            {
                answers[score.ToString(CultureInfo.InvariantCulture)] = "授权 " + item.Answers[score];
            }
            items[name] = new JsonObject { ["title"] = item.Title, ["answers"] = answers };
        }
        return new JsonObject
        {
            ["id"] = id, ["language"] = "zh-Hans", ["name"] = "ALSFRS-R 中文版", ["version"] = "2.1",
            ["licence"] = "授权示例诊所使用，2026", ["validated"] = true, ["items"] = items,
        };
    }

    private void Install(string fileName, JsonNode content) => File.WriteAllText(Path.Combine(_directory, fileName), content.ToJsonString());

    private static List<(string Field, string Code)> Problems<T>(Result<T> result) =>
        [.. result.Errors.OfType<ValidationError>().Select(e => (e.Field, e.Code))];

    [Fact]
    public void BuiltInWordings_HaveEveryItemAndEveryAnswer()
    {
        Assert.Equal([AlsfrsRWordings.EnglishId, AlsfrsRWordings.ChineseId], AlsfrsRWordings.BuiltIn.All.Select(w => w.Id));
        foreach (var wording in AlsfrsRWordings.BuiltIn.All)
        {
            Assert.Equal(AlsfrsR.ItemNames.All.Order(), wording.Items.Keys.Order());
            Assert.All(wording.Items.Values, item => Assert.Equal(AlsfrsR.MaxItemScore + 1, item.Answers.Count));
            Assert.Equal(13, wording.Items.Values.Select(i => i.Title).Distinct().Count());
        }
    }

    [Fact]
    public void English_IsTheReferenceWording_AndChinese_IsLabelledNotValidated()
    {
        var english = AlsfrsRWordings.BuiltIn.For(PreferredLanguage.English);

        // Cedarbaum 1999, as restated in docs/instruments/alsfrs-r.md (dossier §1.2).
        Assert.Equal("Loss of useful speech", english.Item(AlsfrsR.ItemNames.Speech).Answers[0]);
        Assert.Equal("Needs to be fed", english.Item(AlsfrsR.ItemNames.CuttingWithoutGastrostomy).Answers[0]);
        Assert.Equal("Unable to perform any aspect of task", english.Item(AlsfrsR.ItemNames.CuttingWithGastrostomy).Answers[0]);
        Assert.Equal("Invasive mechanical ventilation by intubation or tracheostomy", english.Item(AlsfrsR.ItemNames.RespiratoryInsufficiency).Answers[0]);
        Assert.True(english.Validated);
        Assert.Equal("ALSFRS-R (Cedarbaum 1999)", english.Describe("not a validated translation"));
        Assert.Equal("1. 言语", Chinese.Item(AlsfrsR.ItemNames.Speech).Title);
        Assert.Equal("需要别人喂食", Chinese.Item(AlsfrsR.ItemNames.CuttingWithoutGastrostomy).Answers[0]);
        Assert.False(Chinese.Validated);
        Assert.EndsWith(" · 非经验证的译本", Chinese.Describe("非经验证的译本"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-Hans", AlsfrsRWordings.ChineseId)]
    [InlineData("zh-CN", AlsfrsRWordings.ChineseId)]
    [InlineData("zh", AlsfrsRWordings.ChineseId)]
    [InlineData("en", AlsfrsRWordings.EnglishId)]
    [InlineData("en-GB", AlsfrsRWordings.EnglishId)]
    [InlineData(null, AlsfrsRWordings.EnglishId)]
    public void InterfaceCulture_ChoosesTheWording(string? culture, string id) => Assert.Equal(id, AlsfrsRWordings.BuiltIn.For(culture).Id);

    [Fact]
    public void InstalledWording_ReplacesTheBuiltInOneOfItsLanguage_AndStoredIdsStayReadable()
    {
        Install("licensed.json", Licensed());

        var wordings = AlsfrsRWordings.Load(_directory).Value;

        var installed = wordings.For(PreferredLanguage.SimplifiedChinese);
        Assert.Equal("zh-Hans-licensed-2026", installed.Id);
        Assert.Equal("ALSFRS-R 中文版 2.1 · 授权示例诊所使用，2026", wordings.Describe(installed.Id, "非经验证的译本", "未记录"));
        Assert.Equal(AlsfrsRWordings.EnglishId, wordings.For(PreferredLanguage.English).Id);
        Assert.NotNull(wordings.Find(AlsfrsRWordings.ChineseId));
        Assert.Equal("未记录", wordings.Describe(null, "非经验证的译本", "未记录"));
        Assert.Equal("zh-Hans-removed-1", wordings.Describe("zh-Hans-removed-1", "非经验证的译本", "未记录"));
    }

    [Fact]
    public void NoDirectory_MeansTheBuiltInWordings() => Assert.Same(AlsfrsRWordings.BuiltIn, AlsfrsRWordings.Load(null).Value);

    [Fact]
    public void MissingItemAndAnswer_AreNamed()
    {
        var file = Licensed();
        file["items"]!.AsObject().Remove(AlsfrsR.ItemNames.CuttingWithGastrostomy);
        file["items"]![AlsfrsR.ItemNames.Orthopnea]!["answers"]!.AsObject().Remove("0");
        file["items"]![AlsfrsR.ItemNames.Speech]!["answers"]!["5"] = "超出量表";
        file["items"]!["running"] = new JsonObject();

        var problems = Problems(AlsfrsRWordingReader.Read(file.ToJsonString(), installed: true));

        Assert.Contains(("items.cuttingWithGastrostomy", "missingItem"), problems);
        Assert.Contains(("items.orthopnea.answers.0", "required"), problems);
        Assert.Contains(("items.speech.answers.5", "unknownField"), problems);
        Assert.Contains(("items.running", "unknownField"), problems);
    }

    [Fact]
    public void InstalledWording_NeedsALicenceAndMustBeValidated()
    {
        var file = Licensed();
        file["licence"] = null;
        file["validated"] = false;

        var problems = Problems(AlsfrsRWordingReader.Read(file.ToJsonString(), installed: true));

        Assert.Contains(("licence", "required"), problems);
        Assert.Contains(("validated", "invalidValue"), problems);
    }

    [Theory]
    [InlineData("{", "file", "invalidJson")]
    [InlineData("[]", "file", "invalidJson")]
    [InlineData("""{"language":"fr"}""", "language", "invalidValue")]
    [InlineData("""{"id":"has space"}""", "id", "invalidFormat")]
    [InlineData("""{"id":"x","colour":"blue"}""", "colour", "unknownField")]
    public void MalformedFiles_AreRefused(string json, string field, string code) =>
        Assert.Contains((field, code), Problems(AlsfrsRWordingReader.Read(json, installed: true)));

    [Fact]
    public void DuplicateIdsAndTwoWordingsForOneLanguage_AreRefused()
    {
        Install("a.json", Licensed("zh-Hans-a"));
        Install("b.json", Licensed("zh-Hans-b"));
        Install("c.json", Licensed(AlsfrsRWordings.EnglishId).Also(f => f["language"] = "en"));

        var problems = Problems(AlsfrsRWordings.Load(_directory));

        Assert.Contains(("id", "duplicateId"), problems);
        Assert.Contains(("language", "duplicateLanguage"), problems);
    }

    [Fact]
    public void InvalidInstalledWording_StopsTheStart_NamingFileAndProblem()
    {
        var file = Licensed();
        file["items"]!.AsObject().Remove(AlsfrsR.ItemNames.Walking);
        Install("clinic-zh.json", file);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AlsfrsR:WordingDirectory"] = Path.GetRelativePath(Path.GetTempPath(), _directory),
        }).Build();
        var services = new ServiceCollection();
        AlsfrsRWordingOptions.Register(services, configuration, Path.GetTempPath());
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("AlsfrsR:WordingDirectory: clinic-zh.json: items.walking is missing.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingDirectory_StopsTheStart() =>
        Assert.Contains(("directory", "notFound"), Problems(AlsfrsRWordings.Load(Path.Combine(_directory, "absent"))));
}

file static class JsonObjectExtensions
{
    public static JsonObject Also(this JsonObject json, Action<JsonObject> change)
    {
        change(json);
        return json;
    }
}
