using MndCare.Application.Reports;
using MndCare.Testing.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace MndCare.Application.Tests.Reports;

public sealed class ReportPdfRendererTests
{
    // 20 mm page margin in points, with a little slack for glyph overhang.
    private const double Margin = 56.69;
    private const double Slack = 1.5;

    private static readonly ReportPdfRenderer Renderer = new();

    private static readonly Lazy<byte[]> EnglishPdf = new(() => Renderer.Render(ReportSamples.English()));
    private static readonly Lazy<byte[]> ChinesePdf = new(() => Renderer.Render(ReportSamples.Chinese()));

    [Fact]
    public void Render_EnglishReport_FillsAtLeastThreePages()
    {
        using var pdf = PdfDocument.Open(EnglishPdf.Value);
        Assert.InRange(pdf.NumberOfPages, 3, 10);
    }

    [Fact]
    public void Render_EnglishReport_ContainsTitleMetaHeadingsAndEveryBlock()
    {
        var text = PdfText.Normalized(EnglishPdf.Value);
        Assert.Contains("Consultation report: motor neuron disease clinic", text, StringComparison.Ordinal);
        Assert.Contains("Zhang Wei (MRN T000123), male, born 1968-04-12", text, StringComparison.Ordinal);
        foreach (var heading in new[] { "Summary", "Assessments", "Recommendations", "Discussion" })
        {
            Assert.Contains(heading, text, StringComparison.Ordinal);
        }
        Assert.Contains("Clinical summary of the consultation.", text, StringComparison.Ordinal);
        Assert.Contains("King's stage", text, StringComparison.Ordinal);
        Assert.Contains("Weight stable; no orthopnoea", text, StringComparison.Ordinal);
        Assert.Contains("Refer to speech and language therapy.", text, StringComparison.Ordinal);
        Assert.Contains(PdfText.Normalize(ReportSamples.EvidenceStatement), text, StringComparison.Ordinal);
        Assert.Contains(PdfText.Normalize(ReportSamples.LongParagraph(14)), text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EnglishReport_HasPageOfCountFooterOnEveryPage()
    {
        var pages = PdfText.Pages(EnglishPdf.Value);
        for (var index = 0; index < pages.Count; index++)
        {
            var page = PdfText.Normalize(pages[index]);
            Assert.Contains($"Page {index + 1} of {pages.Count}", page, StringComparison.Ordinal);
            Assert.Contains("MndCare consultation report CR-2026-0042", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Render_SignedReport_EndsWithSignatureLineAndSupersedesNote()
    {
        var last = PdfText.Normalize(PdfText.Pages(EnglishPdf.Value)[^1]);
        Assert.Contains("Signed electronically by Dr Li Na (Consultant neurologist) on 2026-11-26 14:30 UTC+08:00, version 2.", last, StringComparison.Ordinal);
        Assert.Contains("Supersedes version 1 of 20 November 2026: FVC corrected.", last, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EnglishReport_SetsDocumentInformation()
    {
        using var pdf = PdfDocument.Open(EnglishPdf.Value);
        Assert.Equal("Consultation report: motor neuron disease clinic", pdf.Information.Title);
        Assert.Equal("MndCare", pdf.Information.Author);
        Assert.Equal("MndCare", pdf.Information.Creator);
        Assert.Equal(ReportSamples.SignedAt.ToUniversalTime(), pdf.Information.GetCreatedDateTimeOffset());
    }

    [Fact]
    public void Render_ChineseReport_TextIsExtractable()
    {
        var text = PdfText.WithoutWhitespace(ChinesePdf.Value);
        Assert.Contains("会诊报告：运动神经元病门诊", text, StringComparison.Ordinal);
        Assert.Contains("肌萎缩侧索硬化", text, StringComparison.Ordinal);
        Assert.Contains("间充质干细胞治疗仍属研究性质", text, StringComparison.Ordinal);
        Assert.Contains("体重稳定，无端坐呼吸", text, StringComparison.Ordinal);
        Assert.Contains("第1页，共1页", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ChineseWithLatinAndDigits_KeepsEveryCharacter()
    {
        var text = PdfText.WithoutWhitespace(ChinesePdf.Value);
        Assert.Contains("肌萎缩侧索硬化（ALS），肢体起病，符合GoldCoast诊断标准。ALSFRS-R总分36分。", text, StringComparison.Ordinal);
        Assert.Contains("张伟（病历号T000123），男，1968-04-12出生", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\0', text);
    }

    [Fact]
    public void Render_ChineseLongParagraph_WrapsInsideTheMarginsAndKeepsEveryCharacter()
    {
        AssertAllLettersInsideMargins(ChinesePdf.Value);
        Assert.Contains(PdfText.WithoutWhitespace(ReportSamples.ChineseParagraph(8)), PdfText.WithoutWhitespace(ChinesePdf.Value), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ChineseLongParagraph_StartsNoLineWithClosingPunctuation()
    {
        var lines = PdfText.All(ChinesePdf.Value).Split('\n').Select(line => line.TrimStart()).Where(line => line.Length > 0).ToList();
        Assert.True(lines.Count > 10);
        Assert.All(lines, line => Assert.DoesNotContain(line[0], "，。、；：！？）%"));
    }

    [Fact]
    public void Render_ChineseReport_SignsInChinese()
    {
        var text = PdfText.WithoutWhitespace(ChinesePdf.Value);
        Assert.Contains("由李娜（神经内科主任医师）于2026-11-2614:30UTC+08:00电子签署，第2版。", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ChineseReport_SetsChineseTitle()
    {
        using var pdf = PdfDocument.Open(ChinesePdf.Value);
        Assert.Equal("会诊报告：运动神经元病门诊", pdf.Information.Title);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("{{7*7}}")]
    [InlineData("${7*7} %s %n &amp; \\u0041 ' OR 1=1 --")]
    public void Render_PayloadText_AppearsLiterally(string payload)
    {
        var bytes = Renderer.Render(ReportSamples.Unsigned(
            new ReportSection(payload, [new ReportParagraph(payload), new ReportTable([payload], [[payload]]), new ReportNotice(payload)])),
            ReportSamples.SignedAt);
        var text = PdfText.All(bytes);
        Assert.Equal(5, CountOf(text, payload)); // heading, paragraph, table header, table cell, notice
    }

    [Fact]
    public void Render_LongUnbreakableToken_WrapsInsideTheMargins()
    {
        var token = string.Concat(Enumerable.Range(0, 200).Select(i => (char)('a' + (i % 26))));
        var bytes = Renderer.Render(ReportSamples.Unsigned(
            new ReportSection(token, [new ReportParagraph(token), new ReportList([token]), new ReportKeyValues([(token, token)]), new ReportTable(["A", "B", "C"], [[token, "x", token]])])),
            ReportSamples.SignedAt);
        AssertAllLettersInsideMargins(bytes);
        Assert.True(CountOf(PdfText.WithoutWhitespace(bytes), token) >= 5, "every copy of the token survives wrapping");
    }

    [Fact]
    public void Render_CellTallerThanAPage_SplitsTheRowAcrossPages()
    {
        var tall = string.Join('\n', Enumerable.Range(1, 120).Select(i => $"line {i:D3}"));
        var bytes = Renderer.Render(ReportSamples.Unsigned(new ReportSection("Tall", [new ReportTable(["Left", "Right"], [["short", tall]])])), ReportSamples.SignedAt);
        var pages = PdfText.Pages(bytes);
        Assert.True(pages.Count >= 3);
        Assert.All(pages, page => Assert.Contains("Left", page, StringComparison.Ordinal));
        var text = PdfText.Normalized(bytes);
        Assert.All(Enumerable.Range(1, 120), i => Assert.Contains($"line {i:D3}", text, StringComparison.Ordinal));
    }

    [Fact]
    public void Render_LongTable_RepeatsTheHeaderOnEveryPage()
    {
        var rows = Enumerable.Range(1, 120).Select(i => (IReadOnlyList<string>)[$"row {i:D3}", "value", "comment"]).ToList();
        var bytes = Renderer.Render(ReportSamples.Unsigned(new ReportSection("Visits", [new ReportTable(["Visit date", "Score", "Note"], rows)])), ReportSamples.SignedAt);
        var pages = PdfText.Pages(bytes);
        Assert.True(pages.Count >= 2);
        Assert.All(pages, page => Assert.Contains("Visit date", page, StringComparison.Ordinal));
        Assert.Equal(120, CountOf(PdfText.All(bytes), "row "));
    }

    [Fact]
    public void Render_EmptySectionsAndBlocks_RenderHeadings()
    {
        var bytes = Renderer.Render(ReportSamples.Unsigned(
            new ReportSection("Empty section", []),
            new ReportSection("Empty blocks", [new ReportParagraph(""), new ReportList([]), new ReportKeyValues([]), new ReportTable([], []), new ReportTable(["Only a header"], []), new ReportNotice("")]),
            new ReportSection("Last section", [new ReportParagraph("The end.")])),
            ReportSamples.SignedAt);
        var text = PdfText.Normalized(bytes);
        Assert.Contains("Empty section Empty blocks", text, StringComparison.Ordinal);
        Assert.Contains("Only a header", text, StringComparison.Ordinal);
        Assert.Contains("Last section The end.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Signed electronically", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ManySections_NeverLeavesAHeadingLastOnAPage()
    {
        var sections = Enumerable.Range(1, 60)
            .Select(i => new ReportSection($"Heading {i:D2}", [new ReportParagraph(string.Join(' ', Enumerable.Repeat("Words that fill the line.", 1 + (i * 7 % 23))))]))
            .ToArray();
        var bytes = Renderer.Render(ReportSamples.Unsigned(sections), ReportSamples.SignedAt);
        using var pdf = PdfDocument.Open(bytes);
        Assert.True(pdf.NumberOfPages >= 3);
        foreach (var page in pdf.GetPages())
        {
            var body = page.Letters.Where(l => l.BoundingBox.Bottom > Margin && !string.IsNullOrWhiteSpace(l.Value)).ToList();
            var lowest = body.MinBy(l => l.BoundingBox.Bottom)!;
            Assert.True(lowest.PointSize < 12, $"page {page.Number} ends with a heading-size line");
        }
    }

    [Fact]
    public void Render_UnsignedWithoutCreationTime_Throws() =>
        Assert.Throws<ArgumentException>(() => Renderer.Render(ReportSamples.Unsigned(new ReportSection("A", []))));

    [Fact]
    public void Render_UnsignedWithCreationTime_UsesIt()
    {
        var created = new DateTimeOffset(2026, 12, 1, 9, 15, 0, TimeSpan.Zero);
        using var pdf = PdfDocument.Open(Renderer.Render(ReportSamples.Unsigned(new ReportSection("A", [])), created));
        Assert.Equal(created, pdf.Information.GetCreatedDateTimeOffset());
    }

    [Fact]
    public void Render_MissingFontFile_NamesTheDebianPackage()
    {
        var fonts = ReportFontFiles.Debian with { LatinRegular = "/nonexistent/DejaVuSans.ttf" };
        var error = Assert.Throws<FileNotFoundException>(() => new ReportPdfRenderer(fonts).Render(ReportSamples.English(1)));
        Assert.Contains("fonts-dejavu-core", error.Message, StringComparison.Ordinal);
        Assert.Contains("/nonexistent/DejaVuSans.ttf", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SameDocumentTwice_GivesTheSameText()
    {
        // Not byte-identical: PDFsharp writes random font-subset tags and file ids.
        var document = ReportSamples.English(3);
        Assert.Equal(PdfText.All(Renderer.Render(document)), PdfText.All(Renderer.Render(document)));
    }

    [Fact]
    public async Task Render_ConcurrentCalls_EachGiveACompleteReport()
    {
        var documents = new[] { ReportSamples.English(4), ReportSamples.Chinese(), ReportSamples.English(4), ReportSamples.Chinese() };
        var results = await Task.WhenAll(documents.Select(d => Task.Run(() => Renderer.Render(d), TestContext.Current.CancellationToken)));
        Assert.Contains("间充质干细胞治疗仍属研究性质", PdfText.WithoutWhitespace(results[3]), StringComparison.Ordinal);
        Assert.Contains(PdfText.Normalize(ReportSamples.LongParagraph(4)), PdfText.Normalized(results[2]), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ToStream_LeavesTheStreamOpen()
    {
        using var stream = new MemoryStream();
        Renderer.Render(ReportSamples.Chinese(), stream);
        Assert.True(stream.CanWrite);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(stream.ToArray(), 0, 5), StringComparison.Ordinal);
    }

    private static void AssertAllLettersInsideMargins(byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        foreach (var page in pdf.GetPages())
        {
            Assert.All(page.Letters, letter => AssertInsideMargins(page, letter));
        }
    }

    private static void AssertInsideMargins(Page page, Letter letter)
    {
        var box = letter.BoundingBox;
        Assert.True(box.Left >= Margin - Slack && box.Right <= page.Width - Margin + Slack, $"'{letter.Value}' at x {box.Left:F1}..{box.Right:F1} on page {page.Number}");
    }

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }
}
