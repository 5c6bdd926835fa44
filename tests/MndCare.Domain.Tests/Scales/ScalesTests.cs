using MndCare.Domain.Scales;

namespace MndCare.Domain.Tests.Scales;

public sealed class ScalesTests
{
    [Theory]
    [InlineData("0", 0, 0)]
    [InlineData("5", 5, 0)]
    [InlineData("4-", 4, -1)]
    [InlineData("4+", 4, 1)]
    [InlineData(" 3 ", 3, 0)]
    public void MrcGrade_ParsesGradesAndModifiers(string text, int value, int modifier) =>
        Assert.Equal((value, modifier), (MrcGrade.Parse(text, "m").Value.Value, MrcGrade.Parse(text, "m").Value.Modifier));

    [Theory]
    [InlineData("6")]
    [InlineData("5+")]
    [InlineData("0-")]
    [InlineData("")]
    [InlineData("4.5")]
    public void MrcGrade_Invalid_IsRefused(string text) => Assert.Equal("invalidGrade", MrcGrade.Parse(text, "m").Errors[0].Code);

    [Fact]
    public void MrcSum_KleywegSet_SumsWholeGradesOutOf60()
    {
        var grades = MrcSumScore.KleywegMuscles.ToDictionary(m => m, m => MrcGrade.Parse(m.StartsWith("hip", StringComparison.Ordinal) ? "4-" : "5", m).Value);

        var score = MrcSumScore.Create(grades, MrcSumScore.KleywegMuscles).Value;

        Assert.Equal((58, 60), (score.Sum, score.Maximum));
    }

    [Fact]
    public void MrcSum_ConfigurableSet_NamesMissingAndUnknownMuscles()
    {
        var grades = new Dictionary<string, MrcGrade> { ["neckFlexion"] = MrcGrade.Parse("4", "neckFlexion").Value };

        var errors = MrcSumScore.Create(grades, ["deltoidLeft"]).Errors.Select(e => e.Code).Order().ToList();

        Assert.Equal(["missingGrade", "unknownMuscle"], errors);
    }

    [Fact]
    public void Ecas_SumsDomainsAndAppliesAbrahamsCutoffs()
    {
        // Abrahams 2014: at or below 77 (ALS-specific), 24 (non-specific), 105 (total) is abnormal [S; "at or below" R]
        var score = EcasScore.Create(executive: 30, language: 26, fluency: 21, memory: 18, visuospatial: 12).Value;

        Assert.Equal((77, 30, 107), (score.AlsSpecific, score.AlsNonSpecific, score.Total));
        Assert.Equal((true, false, false), EcasCutoffs.Abrahams2014.Abnormal(score));
    }

    [Fact]
    public void Ecas_OutOfRangeDomain_IsNamed() =>
        Assert.Equal("visuospatial", ((Results.ValidationError)EcasScore.Create(0, 0, 0, 0, 13).Errors[0]).Field);

    [Fact]
    public void Alsaq40_ScalesAreZeroToHundred()
    {
        var items = Enumerable.Repeat(0, 40).ToArray();
        items[20] = items[21] = items[22] = 4; // eating and drinking, items 21-23, all at worst
        items[0] = 2; // one physical-mobility item half-way

        var scores = Alsaq40.Create(items).Value.ScaleScores;

        Assert.Equal(100, scores[Alsaq40Scale.EatingAndDrinking]);
        Assert.Equal(5, scores[Alsaq40Scale.PhysicalMobility]);
        Assert.Equal(0, scores[Alsaq40Scale.EmotionalReactions]);
    }

    [Fact]
    public void Alsaq40_WrongCountOrValue_IsRefused()
    {
        Assert.Equal("wrongItemCount", Alsaq40.Create([0, 1]).Errors[0].Code);
        Assert.Equal("item3", ((Results.ValidationError)Alsaq40.Create([.. Enumerable.Repeat(0, 2), 5, .. Enumerable.Repeat(0, 37)]).Errors[0]).Field);
    }
}
