using MndCare.Domain.Courses;
using MndCare.Domain.Results;
using MndCare.Domain.Tcm.Acupoints;
using MndCare.Domain.Tcm.Visits;

namespace MndCare.Domain.Tests.Tcm.Visits;

// TCM sessions: acupuncture points from the shipped catalogue with sides (GV/CV midline, WHO 2008), technique, retention; moxibustion and
// tuina with region, method and duration; a course slot of the same modality (ADR 0031). docs/tcm/visits-and-sessions.md.
public sealed class TcmSessionTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 2, 0, 0, TimeSpan.Zero);

    private static TcmSessionDraft Acupuncture(string technique = "manual", decimal? hz = null, int? retention = 30, params NeedledPointDraft[] points) =>
        new("acupuncture", null, null, points.Length == 0 ? [new("ST36", "bilateral"), new("GV20", "midline")] : points, technique, hz, retention,
            null, null, null, null);

    private static Result<TcmSession> Record(TcmSessionDraft draft, CourseSlot? slot = null) =>
        TcmSession.Record(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), draft, slot, AcupointCatalogue.Shipped, Guid.NewGuid(), Now);

    [Fact]
    public void AnAcupunctureSession_KeepsPointsSidesTechniqueAndRetention()
    {
        var session = Record(Acupuncture("electro", 2m, 30, new("st 36", "left"), new("LI4", "bilateral"))).Value;

        Assert.Equal([new NeedledPoint("ST36", AcupointSide.Left), new NeedledPoint("LI4", AcupointSide.Bilateral)], session.Points);
        Assert.Equal((NeedlingTechnique.Electro, 2m, 30), (session.Technique, session.FrequencyHz, session.RetentionMinutes));
    }

    [Theory]
    [InlineData("XX99", "left", TcmErrorCodes.UnknownAcupoint)]
    [InlineData("ST36", "midline", TcmErrorCodes.SideDoesNotFitPoint)] // paired point
    [InlineData("GV20", "left", TcmErrorCodes.SideDoesNotFitPoint)] // Governor Vessel: midline
    [InlineData("CV12", "bilateral", TcmErrorCodes.SideDoesNotFitPoint)] // Conception Vessel: midline
    [InlineData("ST36", "up", TcmErrorCodes.UnknownValue)]
    [InlineData("zu san", "left", TcmErrorCodes.UnknownAcupoint)]
    [InlineData("Futu", "left", TcmErrorCodes.AmbiguousAcupoint)] // ST32 and LI18 share the pinyin // a name's beginning is a search, not a choice
    [InlineData("ST36", null, ValidationError.Required)]
    public void PointRules(string code, string? side, string error) =>
        Assert.Equal(error, Assert.Single(Record(Acupuncture(points: new NeedledPointDraft(code, side))).Errors).Code);

    [Theory]
    [InlineData("zusanli", "ST36")]
    [InlineData("Zúsānlǐ", "ST36")]
    [InlineData("足三里", "ST36")]
    [InlineData("百会", "GV20")]
    public void APointIsFoundByItsWholePinyinOrChineseName(string name, string code) =>
        Assert.Equal(code, Record(Acupuncture(points: new NeedledPointDraft(name, code == "GV20" ? "midline" : "left"))).Value.Points[0].Code);

    [Fact]
    public void TheSamePointOnTheSameSideTwice_IsRefused() =>
        Assert.Equal(TcmErrorCodes.DuplicateAcupoint,
            Assert.Single(Record(Acupuncture(points: [new("ST36", "left"), new("Zusanli", "left")])).Errors).Code);

    [Theory]
    [InlineData("electro", null, 30, TcmErrorCodes.FrequencyDoesNotFitTechnique)]
    [InlineData("manual", 2.0, 30, TcmErrorCodes.FrequencyDoesNotFitTechnique)]
    [InlineData("electro", 0.4, 30, ValidationError.OutOfRange)]
    [InlineData("electro", 200.1, 30, ValidationError.OutOfRange)]
    [InlineData("laser", null, 30, TcmErrorCodes.UnknownValue)]
    [InlineData("manual", null, 0, ValidationError.OutOfRange)]
    [InlineData("manual", null, null, ValidationError.Required)]
    public void TechniqueFrequencyAndRetentionRules(string technique, double? hz, int? retention, string error) =>
        Assert.Equal(error, Assert.Single(Record(Acupuncture(technique, (decimal?)hz, retention)).Errors).Code);

    [Theory]
    [InlineData("moxibustion", "下腹部 关元", "隔姜灸", 20, null)]
    [InlineData("tuina", "Lower limbs", "滚法、揉法", 30, null)]
    [InlineData("tuina", "", "揉法", 30, "region")]
    [InlineData("moxibustion", "背部", " ", 30, "method")]
    [InlineData("tuina", "背部", "揉法", 181, "durationMinutes")]
    public void MoxibustionAndTuina_NeedRegionMethodAndDuration(string modality, string region, string method, int minutes, string? wrongField)
    {
        var result = Record(new(modality, null, null, null, null, null, null, region, method, minutes, null));

        if (wrongField is null)
        {
            Assert.Equal((region, method, minutes), (result.Value.Region, result.Value.Method, result.Value.DurationMinutes));
        }
        else
        {
            Assert.Equal(wrongField, Assert.IsType<ValidationError>(Assert.Single(result.Errors)).Field);
        }
    }

    [Fact]
    public void AcupunctureFieldsOnATuinaSession_AreRefused() =>
        Assert.Equal(TcmErrorCodes.NotForModality,
            Assert.Single(Record(new("tuina", null, null, [new("ST36", "left")], null, null, null, "背部", "揉法", 20, null)).Errors).Code);

    [Theory]
    [InlineData("herbalMedicine")] // a prescription, not a session
    [InlineData("cupping")]
    public void OnlyAcupunctureMoxibustionAndTuinaAreSessions(string modality) =>
        Assert.Equal("modality", Assert.IsType<ValidationError>(Assert.Single(Record(Acupuncture() with { Modality = modality }).Errors)).Field);

    [Fact]
    public void ASessionFillsASlotOfItsOwnModality_Only()
    {
        var courseId = Guid.NewGuid();
        var slot = new CourseSlot(courseId, Guid.NewGuid(), SessionKind.Acupuncture);

        var filled = Record(Acupuncture(), slot).Value;

        Assert.Equal((courseId, slot.SessionId), (filled.CourseId, filled.CourseSessionId));
        Assert.Equal(TcmErrorCodes.SlotModalityMismatch,
            Record(Acupuncture(), slot with { Kind = SessionKind.Moxibustion }).Errors.Single().Code);
    }

    [Fact]
    public void ASessionInTheFuture_IsRefused() =>
        Assert.Equal(TcmErrorCodes.InFuture, Record(Acupuncture() with { PerformedAt = Now.AddHours(1) }).Errors.Single().Code);
}
