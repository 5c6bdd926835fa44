using MndCare.Domain.Consultations;
using MndCare.Domain.Consultations.Eligibility;

namespace MndCare.Domain.Tests.Consultations;

public sealed class EligibilityChecklistTests
{
    private static readonly EligibilityCriteria Criteria = EligibilityCriteria.Defaults;

    private static EligibilityFacts Facts(int? alsfrsr = 38, double? fvc = 82, BreathingSupport? breathing = BreathingSupport.None,
        IReadOnlyList<string>? present = null, bool ruledOut = true) =>
        new(alsfrsr, fvc, breathing, 20, 58, present ?? [], ruledOut);

    [Fact]
    public void Evaluate_AllMet_IsMet()
    {
        var checklist = EligibilityChecklist.Evaluate(Criteria, Facts());
        Assert.Equal(EligibilityOutcome.Met, checklist.Outcome);
        Assert.Contains(checklist.Lines, l => l is { Code: "minAlsfrsrTotal", Limit: "24", Value: "38", Outcome: EligibilityOutcome.Met });
    }

    [Theory]
    [InlineData(23, 82, BreathingSupport.None, "minAlsfrsrTotal")]
    [InlineData(38, 49.9, BreathingSupport.None, "minFvcPercentPredicted")]
    [InlineData(38, 82, BreathingSupport.Invasive, "noInvasiveVentilation")]
    public void Evaluate_OneCriterionNotMet_IsNotMet(int alsfrsr, double fvc, BreathingSupport breathing, string failing)
    {
        var checklist = EligibilityChecklist.Evaluate(Criteria, Facts(alsfrsr, fvc, breathing));
        Assert.Equal(EligibilityOutcome.NotMet, checklist.Outcome);
        Assert.Equal(failing, Assert.Single(checklist.Lines, l => l.Outcome == EligibilityOutcome.NotMet).Code);
    }

    [Fact]
    public void Evaluate_LimitItself_IsMet() =>
        Assert.Equal(EligibilityOutcome.Met, EligibilityChecklist.Evaluate(Criteria, Facts(24, 50)).Outcome);

    [Fact]
    public void Evaluate_MissingFvcOrUncheckedContraindications_IsUnknown()
    {
        Assert.Equal(EligibilityOutcome.Unknown, EligibilityChecklist.Evaluate(Criteria, Facts(fvc: null)).Outcome);
        Assert.Equal(EligibilityOutcome.Unknown, EligibilityChecklist.Evaluate(Criteria, Facts(ruledOut: false)).Outcome);
    }

    [Fact]
    public void Evaluate_ContraindicationPresent_IsNotMetEvenWhenOtherFactsAreUnknown()
    {
        var checklist = EligibilityChecklist.Evaluate(Criteria, Facts(fvc: null, present: [Criteria.Contraindications[2]], ruledOut: false));
        Assert.Equal(EligibilityOutcome.NotMet, checklist.Outcome);
    }

    [Fact]
    public void Evaluate_NoCriteria_IsMet() =>
        Assert.Equal(EligibilityOutcome.Met, EligibilityChecklist.Evaluate(new EligibilityCriteria(), Facts(null, null, null)).Outcome);

    [Fact]
    public void Create_RefusesOutOfRangeAndOutOfOrderLimits()
    {
        var result = EligibilityCriteria.Create(49, -1, true, null, 70, 60, ["", "  Pregnancy  ", "Pregnancy"]);
        Assert.Equal(["minAlsfrsrTotal", "minFvcPercentPredicted", "maxAgeYears"],
            result.Errors.OfType<MndCare.Domain.Results.ValidationError>().Select(e => e.Field));
        var ok = EligibilityCriteria.Create(30, 60, false, 36, null, null, ["", "  Pregnancy  ", "Pregnancy"]).Value;
        Assert.Equal(["Pregnancy"], ok.Contraindications);
    }
}
