using MndCare.Domain.Assessments;
using MndCare.Domain.Consultations;

namespace MndCare.Domain.Tests.Consultations;

// Issue 7 and docs/instruments/questionnaire-prefill.md: a named C9orf72 variant prefills "yes"; nothing the patient
// reports prefills "no", since a reported negative test rarely says whether the repeat expansion was tested.
public sealed class QuestionnaireC9orf72Tests
{
    [Theory]
    [InlineData("variantFound", new[] { "c9orf72" }, YesNoNotKnown.Yes)]
    [InlineData("variantFound", new[] { "sod1", "c9orf72" }, YesNoNotKnown.Yes)]
    [InlineData("variantFound", new[] { "sod1" }, YesNoNotKnown.NotKnown)]
    [InlineData("noVariantFound", new string[0], YesNoNotKnown.NotKnown)]
    [InlineData("notTested", new string[0], YesNoNotKnown.NotKnown)]
    [InlineData("unknown", new string[0], YesNoNotKnown.NotKnown)]
    [InlineData(null, null, YesNoNotKnown.NotKnown)]
    public void C9orf72Status_IsYesOnlyForANamedVariant(string? testing, string[]? genes, YesNoNotKnown expected) =>
        Assert.Equal(expected, new QuestionnaireAnswers { GeneticTesting = testing, GenesWithVariant = genes }.C9orf72Status());
}
