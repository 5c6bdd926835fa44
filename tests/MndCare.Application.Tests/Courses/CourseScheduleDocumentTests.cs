using MndCare.Application.Consultations.Reports;
using MndCare.Application.Courses;
using MndCare.Application.Reports;
using MndCare.Domain.Courses;
using MndCare.Testing.Pdf;

namespace MndCare.Application.Tests.Courses;

// Issue 8: a printable schedule for the patient in their language, with the programme's evidence statement as the consultation
// report words it (docs/therapy/courses.md, "Printable schedule"). Read back from the PDF.
public sealed class CourseScheduleDocumentTests
{
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    private static readonly DateTimeOffset PrintedAt = new(2026, 12, 7, 2, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> Languages() => ["en", "zh-Hans"];

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryCourseValue_HasWordsInBothLanguages(string language)
    {
        var words = CourseWording.For(language);

        Assert.All(Enum.GetValues<SessionKind>(), k => Assert.False(string.IsNullOrWhiteSpace(words.Kind(CourseWireNames.Of(k)))));
        Assert.All(Enum.GetValues<CourseStatus>(), s => Assert.False(string.IsNullOrWhiteSpace(words.StatusOf(CourseWireNames.Of(s)))));
        Assert.All(Enum.GetValues<CourseAssessmentKind>(), a => Assert.False(string.IsNullOrWhiteSpace(words.Assessment(CourseWireNames.Of(a)))));
        Assert.All(Enum.GetValues<AssessmentTimepoint>(), t => Assert.False(string.IsNullOrWhiteSpace(words.Timepoint(CourseWireNames.Of(t)))));
        Assert.All(Enum.GetValues<KnownMedication>(), m => Assert.False(string.IsNullOrWhiteSpace(words.Medication(CourseWireNames.Of(m), null))));
        Assert.Equal(7, words.Weekdays.Count);
    }

    [Fact]
    public void EnglishSchedule_ListsSessionsByCourseWeekInClinicTime_AndCarriesTheEvidenceStatement()
    {
        var text = PdfText.Normalized(Render("en"));

        Assert.Contains("Treatment schedule", text, StringComparison.Ordinal);
        Assert.Contains("Patient Wang Jianguo (SH-0001)", text, StringComparison.Ordinal);
        Assert.Contains("Course 4-week IV UC-MSC + TCM", text, StringComparison.Ordinal);
        Assert.Contains("Week 1", text, StringComparison.Ordinal);
        Assert.Contains("Week 2", text, StringComparison.Ordinal);
        Assert.Contains("2027-01-11 Monday 08:30–09:30 Assessment (Baseline): ALSFRS-R, Weight (kg) –", text, StringComparison.Ordinal);
        Assert.Contains("2027-01-18 Monday 10:00–12:00 MSC infusion 2 Room 3", text, StringComparison.Ordinal);
        Assert.Contains("UTC+08:00", text, StringComparison.Ordinal);
        Assert.Contains(PdfText.Normalize(ConsultationReportText.English.EvidenceStatement), text, StringComparison.Ordinal);
    }

    [Fact]
    public void ChineseSchedule_IsInChinese_AndCarriesTheChineseEvidenceStatement()
    {
        var text = PdfText.WithoutWhitespace(Render("zh-Hans"));

        Assert.Contains("治疗日程表", text, StringComparison.Ordinal);
        Assert.Contains("4周静脉输注脐带间充质干细胞联合中医治疗", text, StringComparison.Ordinal);
        Assert.Contains("第1周", text, StringComparison.Ordinal);
        Assert.Contains("2027-01-18星期一10:00–12:00第2次间充质干细胞输注", text, StringComparison.Ordinal);
        Assert.Contains("评估（基线）：ALSFRS-R评分、体重（kg）", text, StringComparison.Ordinal);
        Assert.Contains(PdfText.WithoutWhitespace(ConsultationReportText.SimplifiedChinese.EvidenceStatement), text, StringComparison.Ordinal);
    }

    private static byte[] Render(string language) => new ReportPdfRenderer().Render(
        CourseScheduleDocument.Build(Course(), "Wang Jianguo (SH-0001)", "上海示范诊所", language, PrintedAt), PrintedAt);

    private static CourseView Course()
    {
        SessionView Session(string kind, int day, int hour, int minute, int minutes, int? infusion = null, string? timepoint = null,
            IReadOnlyList<string>? assessments = null, string? room = null)
        {
            var start = new DateTimeOffset(2027, 1, 11 + day, hour, minute, 0, Shanghai);
            return new SessionView(Guid.NewGuid(), kind, start, start.AddMinutes(minutes), minutes, $"2027-01-{11 + day:00}", infusion, timepoint,
                assessments ?? [], room, null, []);
        }
        return new CourseView(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), null, CourseTemplateInput.From(CourseTemplate.FourWeekDemo),
            "2027-01-11", "2027-02-07", "Asia/Shanghai", "planned", null, Guid.NewGuid(), PrintedAt, null, null,
            [
                Session("assessment", 0, 8, 30, 60, timepoint: "baseline", assessments: ["alsfrsR", "weight"]),
                Session("mscInfusion", 0, 10, 0, 120, infusion: 1),
                Session("acupuncture", 0, 14, 0, 45),
                Session("mscInfusion", 7, 10, 0, 120, infusion: 2, room: "Room 3"),
            ],
            [], [], [], "v1");
    }
}
