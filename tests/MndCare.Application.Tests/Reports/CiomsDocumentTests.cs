using MndCare.Application.Reports;
using MndCare.Application.Reports.Cioms;
using MndCare.Domain.Patients;
using MndCare.Testing.Pdf;

namespace MndCare.Application.Tests.Reports;

// The CIOMS I form from a built model (docs/safety/cioms.md), rendered as PDF and read back in both languages.
public sealed class CiomsDocumentTests
{
    private static readonly DateTimeOffset CreatedAt = new(2026, 12, 7, 2, 0, 0, TimeSpan.Zero);

    private static readonly ReportPdfRenderer Renderer = new();

    private static CiomsReport Sample() => new(
        "AE-2026-0007",
        new CiomsReaction("W.J.", "CN China", new DateOnly(1961, 3, 2), 65, Sex.Male, new DateOnly(2026, 11, 20),
            "Fever 39.2 °C with rigors 2 hours after the second infusion; admitted overnight. Neutrophils 5.1 × 10⁹/L, CRP 48 mg/L.",
            [CiomsSeriousness.Hospitalisation]),
        [
            new CiomsSuspectDrug("Umbilical cord mesenchymal stromal cells, lot UCMSC-2026-001", "1 × 10⁶ cells/kg", "Intravenous infusion",
                "Amyotrophic lateral sclerosis (investigational)", new DateOnly(2026, 11, 13), new DateOnly(2026, 11, 20), "2 infusions over 8 days",
                CiomsAnswer.Yes, CiomsAnswer.NotApplicable),
            new CiomsSuspectDrug("Huang Qi 黄芪 (Astragali Radix), batch HQ-2611", "15 g/day", "Oral decoction", "Qi deficiency pattern",
                new DateOnly(2026, 11, 10), null, null, CiomsAnswer.NotApplicable, CiomsAnswer.NotApplicable),
        ],
        [new CiomsConcomitantDrug("Riluzole 50 mg twice daily", new DateOnly(2025, 6, 1), null)],
        "ALS diagnosed 2025 (Gold Coast criteria). No known drug allergies.",
        new CiomsManufacturer("Shanghai Demo MND Clinic, 1 Example Road, Shanghai", "SH-2026-0007", new DateOnly(2026, 11, 20),
            [CiomsReportSource.HealthProfessional], new DateOnly(2026, 11, 24), CiomsReportType.Initial));

    private static readonly Lazy<byte[]> EnglishPdf = new(() => Renderer.Render(CiomsDocument.Build(Sample(), "en"), CreatedAt));
    private static readonly Lazy<byte[]> ChinesePdf = new(() => Renderer.Render(CiomsDocument.Build(Sample(), "zh-Hans"), CreatedAt));

    public static TheoryData<string> Languages() => ["en", "zh-Hans"];

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryBoxAndChoice_HasWordsInBothLanguages(string language)
    {
        var words = CiomsWording.For(language);

        Assert.All(Enum.GetValues<CiomsSeriousness>(), s => Assert.False(string.IsNullOrWhiteSpace(words.Seriousness[s])));
        Assert.All(Enum.GetValues<CiomsAnswer>(), a => Assert.False(string.IsNullOrWhiteSpace(words.Answers[a])));
        Assert.All(Enum.GetValues<CiomsReportSource>(), s => Assert.False(string.IsNullOrWhiteSpace(words.Sources[s])));
        Assert.All(Enum.GetValues<CiomsReportType>(), t => Assert.False(string.IsNullOrWhiteSpace(words.ReportTypes[t])));
        Assert.All(Enum.GetValues<Sex>(), s => Assert.False(string.IsNullOrWhiteSpace(words.Sexes[s])));
    }

    [Fact]
    public void English_ReadsBackEveryReactionField()
    {
        var text = PdfText.Normalized(EnglishPdf.Value);

        Assert.Contains("CIOMS I form: suspect adverse reaction report", text, StringComparison.Ordinal);
        Assert.Contains("Reference AE-2026-0007", text, StringComparison.Ordinal);
        Assert.Contains("I. Reaction information", text, StringComparison.Ordinal);
        Assert.Contains("1. Patient initials W.J.", text, StringComparison.Ordinal);
        Assert.Contains("1a. Country CN China", text, StringComparison.Ordinal);
        Assert.Contains("2. Date of birth 1961-03-02", text, StringComparison.Ordinal);
        Assert.Contains("2a. Age 65 years", text, StringComparison.Ordinal);
        Assert.Contains("3. Sex Male", text, StringComparison.Ordinal);
        Assert.Contains("4–6. Reaction onset 2026-11-20", text, StringComparison.Ordinal);
        Assert.Contains("CRP 48 mg/L", text, StringComparison.Ordinal);
        Assert.Contains("☐ Patient died", text, StringComparison.Ordinal);
        Assert.Contains("☒ Involved or prolonged inpatient hospitalisation", text, StringComparison.Ordinal);
        Assert.Contains("☐ Life threatening", text, StringComparison.Ordinal);
    }

    [Fact]
    public void English_ReadsBackSuspectsConcomitantDrugsAndManufacturer()
    {
        var text = PdfText.Normalized(EnglishPdf.Value);

        Assert.Contains("Suspect 1 of 2", text, StringComparison.Ordinal);
        Assert.Contains("lot UCMSC-2026-001", text, StringComparison.Ordinal);
        Assert.Contains("18. Therapy dates (from / to) 2026-11-13 to 2026-11-20", text, StringComparison.Ordinal);
        Assert.Contains("☒ Yes ☐ No ☐ Not applicable", text, StringComparison.Ordinal);
        Assert.Contains("☐ Yes ☐ No ☒ Not applicable", text, StringComparison.Ordinal);
        Assert.Contains("2026-11-10 to ongoing", text, StringComparison.Ordinal);
        Assert.Contains("19. Therapy duration –", text, StringComparison.Ordinal);
        Assert.Contains("Riluzole 50 mg twice daily 2025-06-01 ongoing", text, StringComparison.Ordinal);
        Assert.Contains("No known drug allergies.", text, StringComparison.Ordinal);
        Assert.Contains("24b. Manufacturer control number SH-2026-0007", text, StringComparison.Ordinal);
        Assert.Contains("24c. Date received by manufacturer 2026-11-20", text, StringComparison.Ordinal);
        Assert.Contains("☐ Study ☐ Literature ☒ Health professional ☐ Other (patient or family)", text, StringComparison.Ordinal);
        Assert.Contains("25a. Date of this report 2026-11-24", text, StringComparison.Ordinal);
        Assert.Contains("☒ Initial ☐ Follow-up", text, StringComparison.Ordinal);
    }

    [Fact]
    public void English_EveryPageCarriesTheReferenceAndConfidential()
    {
        var pages = PdfText.Pages(EnglishPdf.Value);

        Assert.All(pages, page => Assert.Contains("CIOMS I form AE-2026-0007 · Confidential", PdfText.Normalize(page), StringComparison.Ordinal));
    }

    [Fact]
    public void Chinese_ReadsBackChineseLabelsBoxesAndTheRecordedText()
    {
        var text = PdfText.WithoutWhitespace(ChinesePdf.Value);

        Assert.Contains("CIOMSI表：可疑不良反应报告", text, StringComparison.Ordinal);
        Assert.Contains("一、不良反应信息", text, StringComparison.Ordinal);
        Assert.Contains("1.患者姓名缩写W.J.", text, StringComparison.Ordinal);
        Assert.Contains("2a.年龄65岁", text, StringComparison.Ordinal);
        Assert.Contains("3.性别男", text, StringComparison.Ordinal);
        Assert.Contains("☒导致住院或住院时间延长", text, StringComparison.Ordinal);
        Assert.Contains("☐患者死亡", text, StringComparison.Ordinal);
        Assert.Contains("二、可疑药品信息", text, StringComparison.Ordinal);
        Assert.Contains("可疑药品1（共2项）", text, StringComparison.Ordinal);
        Assert.Contains("黄芪", text, StringComparison.Ordinal);
        Assert.Contains("20.停药后反应是否减轻或消失？☒是☐否☐不适用", text, StringComparison.Ordinal);
        Assert.Contains("2026-11-10至仍在使用", text, StringComparison.Ordinal);
        Assert.Contains("三、合并用药及病史", text, StringComparison.Ordinal);
        Assert.Contains("四、生产企业信息", text, StringComparison.Ordinal);
        Assert.Contains("☒医务人员", text, StringComparison.Ordinal);
        Assert.Contains("☒首次报告☐随访报告", text, StringComparison.Ordinal);
        Assert.Contains("CIOMSI表AE-2026-0007·保密", text, StringComparison.Ordinal);
    }

    [Fact]
    public void NoSuspectsOrConcomitantDrugs_SayNone()
    {
        var report = Sample() with { SuspectDrugs = [], ConcomitantDrugs = [] };

        var document = CiomsDocument.Build(report, "en");

        Assert.Equal("None", Assert.IsType<ReportParagraph>(Assert.Single(document.Sections[1].Blocks)).Text);
        Assert.Equal("None", Assert.IsType<ReportParagraph>(document.Sections[2].Blocks[1]).Text);
    }

    [Fact]
    public void Document_IsInTheFormsOrder_AndUnsigned()
    {
        var document = CiomsDocument.Build(Sample(), "en");

        Assert.Equal(["I. Reaction information", "II. Suspect drug(s) information", "III. Concomitant drug(s) and history", "IV. Manufacturer information"],
            document.Sections.Select(s => s.Heading));
        Assert.Null(document.Signature);
        Assert.Equal("en", document.LanguageTag);
    }
}
