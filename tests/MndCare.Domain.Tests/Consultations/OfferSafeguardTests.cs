using MndCare.Domain.Consultations;
using MndCare.Domain.Consultations.Eligibility;

namespace MndCare.Domain.Tests.Consultations;

// Issue 7: signing a report that offers the programme needs a current clinician assessment and every criterion answered
// (and met); otherwise only an override reason lets the clinician sign.
public sealed class OfferSafeguardTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    private static EligibilityChecklist Checklist(double? fvc = 82, bool ruledOut = true, IReadOnlyList<string>? present = null) =>
        EligibilityChecklist.Evaluate(EligibilityCriteria.Defaults, new EligibilityFacts(38, fvc, BreathingSupport.None, 20, 58, present ?? [], ruledOut));

    private static OfferSafeguard Check(DateOnly? assessmentDate, EligibilityChecklist? checklist = null) =>
        OfferSafeguard.Check(assessmentDate, Today, EligibilityCriteria.DefaultCurrentAssessmentDays, checklist ?? Checklist());

    [Fact]
    public void CurrentAssessment_AndEveryCriterionMet_NeedsNoOverride()
    {
        var safeguard = Check(Today.AddDays(-EligibilityCriteria.DefaultCurrentAssessmentDays));
        Assert.True(safeguard.AssessmentCurrent);
        Assert.False(safeguard.NeedsOverride);
        Assert.Empty(safeguard.Refusals(null));
    }

    [Fact]
    public void NoAssessment_OrOneADayTooOld_NeedsAnOverride()
    {
        Assert.Equal([OfferConcern.NoClinicianAssessment], Check(null).Concerns);
        var old = Check(Today.AddDays(-EligibilityCriteria.DefaultCurrentAssessmentDays - 1));
        Assert.Equal([OfferConcern.AssessmentNotCurrent], old.Concerns);
        Assert.Contains("older than 90 days", Assert.Single(old.Refusals(null)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnansweredAndUnmetCriteria_AreNamed()
    {
        var safeguard = Check(Today, Checklist(fvc: null, ruledOut: false, present: [EligibilityCriteria.Defaults.Contraindications[2]]));
        Assert.Equal([OfferConcern.CriteriaUnanswered, OfferConcern.CriteriaNotMet], safeguard.Concerns);
        Assert.Contains(safeguard.Unanswered, l => l.Code == "minFvcPercentPredicted");
        Assert.Equal(EligibilityCriteria.Defaults.Contraindications[2], Assert.Single(safeguard.NotMet).Limit);
        Assert.Equal(["criteriaUnanswered", "criteriaNotMet"], safeguard.Refusals(null).Select(e => e.Code));
        Assert.All(safeguard.Refusals(null), e => Assert.Equal(OfferSafeguard.OverrideReasonField, e.Field));
    }

    [Fact]
    public void OverrideReason_IsValidatedLikeOtherReasons()
    {
        var safeguard = Check(null);
        Assert.Equal("tooShort", Assert.Single(safeguard.Refusals("ok")).Code);
        Assert.Empty(safeguard.Refusals("The EMG of last week is in the files; the patient travels far."));
    }

    [Fact]
    public void CurrentAssessmentDays_IsTheClinicsToSet()
    {
        Assert.Equal(90, new EligibilityCriteria().CurrentAssessmentDays);
        var criteria = EligibilityCriteria.Create(null, null, false, null, null, null, [], currentAssessmentDays: 30).Value;
        Assert.Equal(30, criteria.CurrentAssessmentDays);
        Assert.Equal("currentAssessmentDays",
            Assert.Single(EligibilityCriteria.Create(null, null, false, null, null, null, [], currentAssessmentDays: 0).Errors) is MndCare.Domain.Results.ValidationError v
                ? v.Field : null);
    }
}
