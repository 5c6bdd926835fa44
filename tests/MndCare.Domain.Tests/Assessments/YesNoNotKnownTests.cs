using MndCare.Domain.Assessments;
using MndCare.Domain.Prognosis;
using MndCare.Domain.Results;

namespace MndCare.Domain.Tests.Assessments;

// Issue 7: FTD and C9orf72 are yes / no / not known; "not known" is never taken as "no".
public sealed class YesNoNotKnownTests
{
    [Fact]
    public void Default_IsNotKnown_ForTheValueAndForNewInputs()
    {
        Assert.Equal(YesNoNotKnown.NotKnown, default(YesNoNotKnown));
        var inputs = new AssessmentInputs { AssessmentDate = new DateOnly(2026, 1, 10) };
        Assert.Equal((YesNoNotKnown.NotKnown, YesNoNotKnown.NotKnown), (inputs.Ftd, inputs.C9orf72));
    }

    [Theory]
    [InlineData(YesNoNotKnown.Yes, "yes", true)]
    [InlineData(YesNoNotKnown.No, "no", false)]
    [InlineData(YesNoNotKnown.NotKnown, "notKnown", null)]
    public void WireNameAndKnownAnswer_RoundTrip(YesNoNotKnown value, string wireName, bool? known)
    {
        Assert.Equal(wireName, value.WireName());
        Assert.Equal(value, YesNoNotKnownValues.Parse(wireName));
        Assert.Equal(known, value.Known());
        Assert.Equal(value, YesNoNotKnownValues.FromKnown(known));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Yes")]
    [InlineData("unknown")]
    [InlineData("true")]
    public void Parse_AnythingElse_IsNull(string? text) => Assert.Null(YesNoNotKnownValues.Parse(text));

    // Decision 13: a predictor that is not known gives no prediction; each is named, both when both are not known.
    [Theory]
    [InlineData(YesNoNotKnown.NotKnown, YesNoNotKnown.NotKnown, new[] { EncalsPredictors.Names.Ftd, EncalsPredictors.Names.C9orf72 })]
    [InlineData(YesNoNotKnown.No, YesNoNotKnown.NotKnown, new[] { EncalsPredictors.Names.C9orf72 })]
    [InlineData(YesNoNotKnown.NotKnown, YesNoNotKnown.Yes, new[] { EncalsPredictors.Names.Ftd })]
    [InlineData(YesNoNotKnown.No, YesNoNotKnown.No, new string[0])]
    public void Encals_NotKnown_IsAMissingPredictorNamingIt(YesNoNotKnown ftd, YesNoNotKnown c9orf72, string[] missing)
    {
        var result = EncalsPredictors.Create(60, 12, 0.5, 90, false, false, ftd.Known(), c9orf72.Known());

        Assert.Equal(missing.Length == 0, result.IsSuccess);
        Assert.Equal(missing, result.Errors.Cast<ValidationError>().Select(e => e.Field));
        Assert.All(result.Errors, e => Assert.Equal(EncalsPredictors.MissingPredictor, e.Code));
        Assert.All(result.Errors, e => Assert.True(EncalsPredictors.IsPredictorError(e)));
    }
}
