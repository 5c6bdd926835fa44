using MndCare.Domain.Results;
using MndCare.Domain.Tcm.Visits;

namespace MndCare.Domain.Tests.Tcm.Visits;

// TCM visits: patterns from the reference list (therapy-safety-tcm.md D2) or the clinic's own; docs/tcm/visits-and-sessions.md.
public sealed class TcmVisitTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 2, 0, 0, TimeSpan.Zero);
    private static readonly HashSet<string> Known = [.. TcmPatternCatalogue.Shipped.Select(p => p.Code), "clinic.abc"];

    private static Result<TcmVisit> Record(IReadOnlyList<string>? codes, string? tongue = null, DateTimeOffset? at = null) =>
        TcmVisit.Record(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), new TcmVisitDraft(codes, tongue, "脉细弱", null, at), Known, Guid.NewGuid(), Now);

    [Theory]
    // D2 textbook rows [S39] and ALS studies [S40b], [S40c].
    [InlineData("肺热津伤")]
    [InlineData("湿热浸淫")]
    [InlineData("脾胃虚弱")]
    [InlineData("肝肾亏损")]
    [InlineData("脉络瘀阻")]
    [InlineData("肝肾亏虚")]
    [InlineData("宗气不足")]
    [InlineData("脾肾阳虚")]
    [InlineData("肝肾阴虚")]
    public void ShipsEveryPatternTheReferenceNames_WithEnglish_AndNoUnverifiedTm1Code(string chinese)
    {
        var pattern = Assert.Single(TcmPatternCatalogue.Shipped, p => p.ChineseName == chinese);
        Assert.False(string.IsNullOrWhiteSpace(pattern.EnglishName));
        Assert.Null(pattern.Tm1Code); // D3: the TM1 codes are not verified
        Assert.StartsWith("[S", pattern.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void AVisitKeepsSeveralPatterns_InTheOrderChosen()
    {
        var visit = Record(["spleenStomachDeficiency", "clinic.abc"], "舌淡苔白").Value;

        Assert.Equal(["spleenStomachDeficiency", "clinic.abc"], visit.PatternCodes);
        Assert.Equal(("舌淡苔白", "脉细弱", Now.UtcDateTime), (visit.Tongue, visit.Pulse, visit.VisitedAtUtc));
    }

    [Theory]
    [InlineData(null, "required")]
    [InlineData("", "required")]
    [InlineData("windStroke", TcmErrorCodes.UnknownPattern)]
    [InlineData("dampHeatInvasion,dampHeatInvasion", TcmErrorCodes.DuplicatePattern)]
    public void PatternRules(string? codes, string error) =>
        Assert.Contains(error, Record(codes?.Split(',')).Errors.Select(e => e.Code));

    [Fact]
    public void AVisitInTheFuture_AndAnOverlongTongue_AreRefused()
    {
        var errors = Record(["dampHeatInvasion"], new string('舌', TcmLimits.MaxFindingLength + 1), Now.AddMinutes(1)).Errors;

        Assert.Equal([("tongue", ValidationError.OutOfRange), ("visitedAt", TcmErrorCodes.InFuture)],
            errors.Cast<ValidationError>().Select(e => (e.Field, e.Code)));
    }

    [Theory]
    [InlineData("痿证肺脾两虚", "Lung-spleen deficiency", null)]
    [InlineData("", "Lung-spleen deficiency", "chineseName")]
    [InlineData("痿证肺脾两虚", " ", "englishName")]
    public void AClinicPatternNeedsBothNames_AndHasNoTm1Code(string chinese, string english, string? wrongField)
    {
        var id = Guid.NewGuid();
        var result = TcmPatternLimits.ClinicPattern(id, chinese, english);

        if (wrongField is null)
        {
            Assert.Equal(("clinic." + id.ToString("N"), (string?)null), (result.Value.Code, result.Value.Tm1Code));
        }
        else
        {
            Assert.Equal(wrongField, Assert.IsType<ValidationError>(Assert.Single(result.Errors)).Field);
        }
    }
}
