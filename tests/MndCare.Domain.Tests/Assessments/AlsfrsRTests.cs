using FsCheck;
using FsCheck.Fluent;
using MndCare.Domain.Assessments;
using N = MndCare.Domain.Assessments.AlsfrsR.ItemNames;

namespace MndCare.Domain.Tests.Assessments;

public sealed class AlsfrsRTests
{
    private static Dictionary<string, int?> Items(int[] scores, bool gastrostomy) => AlsfrsRItems.Of(scores, gastrostomy);

    [Theory]
    // docs/instruments/alsfrs-r.md (dossier §1.5), case R1 [D]
    [InlineData(new[] { 3, 4, 4, 4, 4, 4, 4, 3, 4, 4, 4, 4 }, false, 46, 11, 12, 11, 12)]
    // docs/instruments/alsfrs-r.md (dossier §1.5), case R2 [D]
    [InlineData(new[] { 2, 3, 2, 3, 3, 3, 4, 2, 2, 3, 4, 3 }, false, 34, 7, 9, 8, 10)]
    // docs/instruments/alsfrs-r.md (dossier §1.5), case R3, item 5b [D]
    [InlineData(new[] { 1, 2, 1, 2, 2, 2, 2, 2, 1, 2, 3, 3 }, true, 23, 4, 6, 5, 8)]
    // boundaries: every item at its minimum and its maximum
    [InlineData(new[] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }, true, 0, 0, 0, 0, 0)]
    [InlineData(new[] { 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4 }, false, 48, 12, 12, 12, 12)]
    public void Create_ReferenceCases_GiveTotalAndSubscores(int[] scores, bool gastrostomy, int total, int bulbar, int fine, int gross, int respiratory)
    {
        var alsfrs = AlsfrsR.Create(Items(scores, gastrostomy)).Value;

        Assert.Equal((total, bulbar, fine, gross, respiratory), (alsfrs.Total, alsfrs.Bulbar, alsfrs.FineMotor, alsfrs.GrossMotor, alsfrs.Respiratory));
        Assert.Equal(gastrostomy, alsfrs.CuttingWithGastrostomy is not null);
    }

    [Fact]
    public void Create_BothCuttingItems_IsBothCuttingItems()
    {
        var items = Items([4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4], gastrostomy: false);
        items[N.CuttingWithGastrostomy] = 3;

        Assert.Contains(AlsfrsR.Create(items).Errors, e => e.Code == "bothCuttingItems");
    }

    [Fact]
    public void Create_NeitherCuttingItem_IsMissingItem()
    {
        var items = Items([4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4], gastrostomy: false);
        items.Remove(N.CuttingWithoutGastrostomy);

        Assert.Contains(AlsfrsR.Create(items).Errors, e => e.Code == "missingItem");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(5)]
    [InlineData(255)]
    public void Create_ScoreOutsideZeroToFour_IsItemOutOfRange(int score)
    {
        var items = Items([4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4], gastrostomy: false);
        items[N.Walking] = score;

        Assert.Contains(AlsfrsR.Create(items).Errors, e => e.Code == "itemOutOfRange");
    }

    [Fact]
    public void Create_MissingItem_IsMissingItemAndNoTotal()
    {
        var items = Items([4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4], gastrostomy: false);
        items[N.Speech] = null;

        var result = AlsfrsR.Create(items);

        Assert.False(result.IsSuccess);
        Assert.Contains(result.Errors, e => e.Code == "missingItem");
    }

    // Decision 2: the total is the sum of the four subscores for every valid form.
    [FsCheck.Xunit.Property(MaxTest = 1000)]
    public Property Total_IsSumOfSubscores_ForEveryValidForm() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Choose(0, 4), 12).ToArbitrary(), ArbMap.Default.ArbFor<bool>(), (scores, gastrostomy) =>
        {
            var alsfrs = AlsfrsR.Create(Items(scores, gastrostomy)).Value;
            return alsfrs.Total == alsfrs.Bulbar + alsfrs.FineMotor + alsfrs.GrossMotor + alsfrs.Respiratory
                && alsfrs.Total == scores.Sum();
        });
}
