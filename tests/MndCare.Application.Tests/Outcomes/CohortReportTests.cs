using System.IO.Compression;
using MndCare.Application.Outcomes.Cohort;
using MndCare.Application.Reports;
using MndCare.Domain.FollowUp;
using MndCare.Statistics.Mixed;
using MndCare.Statistics.Survival;
using MndCare.Testing.Pdf;
using UglyToad.PdfPig;

namespace MndCare.Application.Tests.Outcomes;

// The ethics-committee report (docs/outcomes/cohort.md, "Report"): methods, cohort, outcomes, natural history, adverse events, limitations, in English
// or Chinese, charts embedded as pictures (ReportImage) and read back; every figure with its n and interval.
public sealed class CohortReportTests
{
    private static readonly ReportPdfRenderer Renderer = new();
    private static readonly DateTimeOffset Generated = new(2026, 12, 7, 10, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void EnglishReport_HasEverySection_TheFigures_AndTheChartsAsPictures()
    {
        var pdf = Renderer.Render(Document("en"), Generated);

        var text = PdfText.Normalized(pdf);
        foreach (var heading in new[] { "Methods", "Cohort", "ALSFRS-R: linear mixed model", "Event-free survival from onset (Kaplan–Meier)",
            "Cox proportional hazards", "Comparison with natural history", "Adverse events", "Limitations" })
        {
            Assert.Contains(heading, text, StringComparison.Ordinal);
        }
        Assert.Contains("-0.900 points/month (95% CI -0.998 to -0.802)", text, StringComparison.Ordinal);
        Assert.Contains("0.200 points/month (95% CI -0.192 to 0.592)", text, StringComparison.Ordinal);
        Assert.Contains("Median 30.0 months (95% CI 24.0 to not reached)", text, StringComparison.Ordinal);
        Assert.Contains("Age at onset (per 10 years)", text, StringComparison.Ordinal);
        Assert.Contains("MSC therapy for ALS is investigational", text, StringComparison.Ordinal);
        using var document = PdfDocument.Open(pdf);
        Assert.Equal(3, document.GetPages().Sum(p => p.GetImages().Count()));
    }

    [Fact]
    public void ChineseReport_IsInChinese()
    {
        var text = PdfText.WithoutWhitespace(Renderer.Render(Document("zh-Hans"), Generated));

        foreach (var heading in new[] { "方法", "队列", "ALSFRS-R：线性混合模型", "与自然病程比较", "不良事件", "局限性" })
        {
            Assert.Contains(heading, text, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("Limitations", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportImage_RoundTripsThroughTheStoredJson()
    {
        var document = new ReportDocument("T", "en", [], [new ReportSection("S", [new ReportImage(Png(3, 2), "A caption")])], null, "F");

        var image = Assert.IsType<ReportImage>(ReportJson.Deserialize(ReportJson.Serialize(document)).Sections[0].Blocks[0]);

        Assert.Equal(Png(3, 2), image.Png);
        Assert.Equal("A caption", image.Caption);
    }

    private static ReportDocument Document(string language)
    {
        var rows = new CohortRowsBuilder(CohortRowsBuilder.Day("2026-06-30"));
        var patient = rows.Patient();
        rows.Course(patient, "2025-01-01", "2025-01-28").Visit(patient, "2024-12-20", 40);
        var data = rows.Build();
        var patients = rows.Patients();
        var fit = new LmmFit(120, 20, [new FixedEffect("(Intercept)", 40, 0.5), new FixedEffect("months", -0.9, 0.05), new FixedEffect("post_months", 0.2, 0.2)],
            new RandomEffectsSummary(3, 0.4, -0.2, 1.1), 500, true, 40);
        var trajectory = new TrajectoryPanel(120, 20, 8, 10, 0, true, fit, [], [new TrajectoryBand(0, 6, 30, 40), new TrajectoryBand(6, 12, 25, 35)]);
        KaplanMeierStep[] steps = [new(10, 20, 2, 0, 0.9, 0.78, 1), new(30, 10, 5, 1, 0.45, 0.3, 0.7)];
        var curve = new KaplanMeierCurve(20, 7, steps, 30, 24, null);
        var cox = new CoxPanel(18, 6, 2, [CoxCovariates.AgeAtOnsetPer10Years], [CoxCovariates.BulbarOnset],
            new CoxFit(18, 6, [new CoxCoefficient(CoxCovariates.AgeAtOnsetPer10Years, 0.3, 0.1, 1.35, 1.11, 1.64, 0.003)], -20, 0.66, true, 4), []);
        var history = new NaturalHistoryPanel(15, 5, 5, curve, [new HorizonComparison(12, steps[0], 0.95), new HorizonComparison(24, steps[1], 0.7)],
            [new PredictedPoint(0, 1), new PredictedPoint(24, 0.7)]);
        var outcome = new CohortOutcome(CohortSelection.Create(CohortSelectionInput.Everyone).Value, data.AnalysisDate, data.ClinicNames, data.Lots,
            CohortFlow.Of(patients, data.AnalysisDate, data.FollowUpPolicies), trajectory, new SurvivalPanel(20, 7, 0, curve, cox), history,
            CohortSafetyPanel.Of(patients, data), [FollowUpPolicy.Default]);
        var charts = new CohortChartImages(Png(40, 20), Png(40, 20), Png(40, 20));
        return CohortReport.Build(outcome, CohortDescription.For(language), charts, term => term, Generated);
    }

    // A grey PNG of the given size (W3C PNG: signature, IHDR, one IDAT of filter-0 rows, IEND).
    private static byte[] Png(int width, int height)
    {
        using var raw = new MemoryStream();
        using (var zlib = new ZLibStream(raw, CompressionLevel.Fastest, leaveOpen: true))
        {
            for (var y = 0; y < height; y++)
            {
                zlib.WriteByte(0);
                zlib.Write(Enumerable.Repeat((byte)128, width * 3).ToArray());
            }
        }
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", [.. BigEndian(width), .. BigEndian(height), 8, 2, 0, 0, 0]);
        Chunk(png, "IDAT", raw.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        byte[] typed = [.. System.Text.Encoding.ASCII.GetBytes(type), .. data];
        png.Write(BigEndian(data.Length));
        png.Write(typed);
        png.Write(BigEndian((int)Crc32(typed)));
    }

    // CRC-32 of PNG chunks (ISO 3309 polynomial, reflected), bit by bit: a few hundred bytes here.
    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }
        return ~crc;
    }

    private static byte[] BigEndian(int value) => [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];
}
