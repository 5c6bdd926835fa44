using MndCare.Application.Outcomes.Cohort;
using MndCare.Domain.Assessments;
using MndCare.Domain.Criteria;
using MndCare.Domain.Patients;
using MndCare.Domain.Results;

namespace MndCare.Application.Tests.Outcomes;

// docs/outcomes/cohort.md, "Selection": wire names in the query string, repeatable or comma-separated, validated, written back in a stable order.
public sealed class CohortSelectionTests
{
    [Fact]
    public void Create_ReadsWireNames_AndWritesThemBackInAStableOrder()
    {
        var lot = Guid.CreateVersion7();
        var selection = CohortSelection.Create(new CohortSelectionInput(["pma,als"], ["bulbar"], ["fast", "slow"], "2025-01-01", "2025-12-31",
            [lot.ToString("D")])).Value;

        Assert.Equal(new HashSet<MndPhenotype> { MndPhenotype.Als, MndPhenotype.Pma }, selection.Phenotypes);
        Assert.Equal(new HashSet<OnsetSite> { OnsetSite.Bulbar }, selection.OnsetSites);
        Assert.Equal(new HashSet<ProgressionGroup> { ProgressionGroup.Slow, ProgressionGroup.Fast }, selection.ProgressionGroups);
        Assert.True(selection.NeedsCourse);
        Assert.Equal($"phenotype=als&phenotype=pma&onset=bulbar&dfs=slow&dfs=fast&courseFrom=2025-01-01&courseTo=2025-12-31&lot={lot:D}",
            selection.QueryString());
    }

    [Fact]
    public void Create_WithNothing_SelectsEveryone()
    {
        var selection = CohortSelection.Create(CohortSelectionInput.Everyone).Value;

        Assert.Empty(selection.QueryString());
        Assert.False(selection.NeedsCourse);
    }

    [Fact]
    public void Create_BadValues_AreOneErrorEach_NamingTheParameter()
    {
        var result = CohortSelection.Create(new CohortSelectionInput(["alz"], ["arm"], ["medium"], "2025-02-30", "2024-01-01", ["lot-7"]));

        Assert.False(result.IsSuccess);
        Assert.Equal(
            [("phenotype", CohortSelection.UnknownValue), ("onset", CohortSelection.UnknownValue), ("dfs", CohortSelection.UnknownValue),
                ("lot", CohortSelection.UnknownValue), ("courseFrom", CohortSelection.InvalidDate)],
            result.Errors.Cast<ValidationError>().Select(e => (e.Field, e.Code)));
    }

    [Fact]
    public void Create_ARangeEndingBeforeItStarts_IsRefused()
    {
        var result = CohortSelection.Create(new CohortSelectionInput(null, null, null, "2025-06-01", "2025-05-31", null));

        Assert.Equal(CohortSelection.EmptyDateRange, Assert.Single(result.Errors).Code);
    }
}
