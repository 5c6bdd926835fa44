using MndCare.Domain.Explanations;
using MndCare.Domain.Criteria;
using MndCare.Domain.Results;
using C = MndCare.Domain.Criteria.PlsCategory;

namespace MndCare.Domain.Tests.Criteria;

// Rows use FindingsSpec: U umn, L lmnClinical, E lmnEmg, F fasciculationEmg; b c t l = bulbar cervical thoracic lumbosacral.
public sealed class PlsCriteriaTests
{
    [Theory]
    // docs/instruments/pls.md (dossier §5.5), Decision 11: UMN bulbar + lower limb, 3 years: probable (2-4 years) [S]
    [InlineData("U=bl", 60.0, 3.0, C.Probable)]
    // docs/instruments/pls.md (dossier §5.5), Decision 11: more than 4 years: definite [S]
    [InlineData("U=cl", 60.0, 10.0, C.Definite)]
    // docs/instruments/pls.md (dossier §5.5), Decision 11 boundary [D]: 1.99 years is under 2
    [InlineData("U=bl", 60.0, 1.99, C.NotMet)]
    // docs/instruments/pls.md (dossier §5.5), Decision 11 boundary [D]: exactly 2 years is probable
    [InlineData("U=bl", 60.0, 2.0, C.Probable)]
    // docs/instruments/pls.md (dossier §5.5), Decision 11 boundary [S]: "exactly 4.0 years is probable under > 4"
    [InlineData("U=bl", 60.0, 4.0, C.Probable)]
    // docs/instruments/pls.md (dossier §5.5), Decision 11 boundary [D]: 4.01 years is definite
    [InlineData("U=bl", 60.0, 4.01, C.Definite)]
    // docs/instruments/pls.md (dossier §5.5), Decision 11 boundary [D]: age 24.99 is under 25
    [InlineData("U=bl", 24.99, 3.0, C.NotMet)]
    // docs/instruments/pls.md (dossier §5.5), Decision 11 boundary [D]: age exactly 25
    [InlineData("U=bl", 25.0, 3.0, C.Probable)]
    // docs/instruments/pls.md (dossier §5.5), Decision 11 [D]: UMN in only one of bulbar, upper limb, lower limb
    [InlineData("U=b", 60.0, 5.0, C.NotMet)]
    // docs/instruments/pls.md (dossier §5.5), Decision 11 [D]: thoracic is not one of the three PLS regions
    [InlineData("U=ct", 60.0, 5.0, C.NotMet)]
    // docs/instruments/pls.md (dossier §5.5), Decision 11 [D]: thoracic UMN alongside two counted regions does no harm
    [InlineData("U=bct", 60.0, 5.0, C.Definite)]
    // docs/instruments/pls.md (dossier §5.5), Decision 11 [D]: all three regions
    [InlineData("U=bcl", 60.0, 3.0, C.Probable)]
    // docs/instruments/pls.md (dossier §5.5), exclusion "active LMN degeneration" [S]: clinical LMN signs
    [InlineData("U=bl L=c", 60.0, 5.0, C.NotMet)]
    // docs/instruments/pls.md (dossier §5.5), Decision 11 "no LMN evidence in any region" [D]: denervation EMG in thoracic
    [InlineData("U=bl E=t", 60.0, 5.0, C.NotMet)]
    // docs/instruments/decided-readings.md, Decision 14 [D]: "no LMN evidence of any kind (fasciculationEmg included)"
    [InlineData("U=bl F=c", 60.0, 5.0, C.NotMet)]
    // docs/instruments/pls.md (dossier §5.5), Decision 11 [D]: no finding at all
    [InlineData("", 60.0, 5.0, C.NotMet)]
    public void Classify_ReferenceCases_GiveCategory(string spec, double age, double years, PlsCategory expected)
    {
        var result = PlsCriteria.Classify(FindingsSpec.Parse(spec), age, years);

        Assert.Equal(expected, result.Category);
        Assert.NotEmpty(result.Reasons);
        Assert.Empty(result.Errors);
    }

    [Theory]
    // docs/instruments/el-escorial.md (dossier §5.1), Decision 6 and Decision 14: progression not documented [D]
    [InlineData(false, true)]
    // docs/instruments/pls.md (dossier §5.5), exclusion of an alternative cause [S]; Decision 6 [D]
    [InlineData(true, false)]
    // docs/instruments/el-escorial.md (dossier §5.1), Decision 6: neither [D]
    [InlineData(false, false)]
    public void Classify_ProgressionOrExclusionMissing_IsNotMetWithoutError(bool progression, bool excluded)
    {
        var result = PlsCriteria.Classify(FindingsSpec.Parse("U=bcl", progression, excluded), 60, 6);

        Assert.Equal(C.NotMet, result.Category);
        Assert.Empty(result.Errors);
    }

    [Theory]
    // docs/instruments/decided-readings.md, Decision 14: a missing birth date is an error naming birthDate [D]
    [InlineData(null, 5.0, new[] { "birthDate" })]
    // docs/instruments/decided-readings.md, Decision 14: a missing onset date is an error naming onsetDate [D]
    [InlineData(60.0, null, new[] { "onsetDate" })]
    // docs/instruments/decided-readings.md, Decision 14: both missing, both named [D]
    [InlineData(null, null, new[] { "birthDate", "onsetDate" })]
    public void Classify_MissingDate_IsNotMetWithMissingInputError(double? age, double? years, string[] fields)
    {
        var result = PlsCriteria.Classify(FindingsSpec.Parse("U=bcl"), age, years);

        Assert.Equal(C.NotMet, result.Category);
        Assert.Equal(fields, result.Errors.Cast<ValidationError>().Select(e => e.Field));
        Assert.All(result.Errors, e => Assert.Equal("missingInput", e.Code));
    }

    // Decided here: the PLS output always needs both dates, so the error is given even when LMN signs already fail it.
    [Fact]
    public void Classify_MissingDateAndLmnSigns_StillNamesTheDate() =>
        Assert.Equal("onsetDate", Assert.IsType<ValidationError>(
            Assert.Single(PlsCriteria.Classify(FindingsSpec.Parse("U=bcl L=c"), 60, null).Errors)).Field);

    [Fact]
    public void Classify_Definite_ReasonsSayWhy() =>
        Assert.Equal([FindingsSpec.Reason(ReasonCodes.PlsCriteriaMet, "bl"), new ClinicalReason(ReasonCodes.PlsDefinite)],
            PlsCriteria.Classify(FindingsSpec.Parse("U=bl"), 60, 4.01).Reasons);

    [Fact]
    public void Classify_SeveralFailures_NamesEach()
    {
        var reasons = PlsCriteria.Classify(FindingsSpec.Parse("U=c F=l", progression: false), 20, 1).Reasons;

        Assert.Equal([ReasonCodes.PlsTooYoung, ReasonCodes.PlsTooEarly, ReasonCodes.PlsTooFewUmnRegions, ReasonCodes.PlsLmnEvidence,
            ReasonCodes.PlsNoProgression], reasons.Select(r => r.Code));
    }

    // Why monotonicity is not asserted for PLS: an LMN finding excludes PLS (Turner 2020, "active LMN degeneration").
    [Fact]
    public void Classify_AddingLmnFinding_LowersCategory()
    {
        Assert.Equal(C.Definite, PlsCriteria.Classify(FindingsSpec.Parse("U=bl"), 60, 6).Category);
        Assert.Equal(C.NotMet, PlsCriteria.Classify(FindingsSpec.Parse("U=bl F=l"), 60, 6).Category);
    }

    [Fact]
    public void Classify_NullFindings_Throws() =>
        Assert.Throws<ArgumentNullException>(() => PlsCriteria.Classify(null!, 60, 6));
}
