using FsCheck;
using FsCheck.Fluent;
using MndCare.Domain.Assessments;

namespace MndCare.Domain.Tests.Assessments;

public sealed class StagingTests
{
    public static TheoryData<int[], bool, string> KingsCases => new()
    {
        // docs/instruments/kings-staging.md (dossier §3.3), R1 (5a; items 1 and 8 = 3): bulbar and lower limb [D]
        { [3, 4, 4, 4, 4, 4, 4, 3, 4, 4, 4, 4], false, "2" },
        // 3.3, R2 with items 10 and 12 = 4: bulbar, upper and lower limb [D]
        { [2, 3, 2, 3, 3, 3, 4, 2, 2, 4, 4, 4], false, "3" },
        // 3.3, R2 as listed (item 12 = 3, intermittent BiPAP) [D]
        { [2, 3, 2, 3, 3, 3, 4, 2, 2, 3, 4, 3], false, "4B" },
        // 3.3, R3 (5b answered, item 12 = 3) [D]
        { [1, 2, 1, 2, 2, 2, 2, 2, 1, 2, 3, 3], true, "4A+4B" },
        // 3.3, edge case: only items 6 and 9 affected, no mapped region: "1" with a note (Decision 4) [D]
        { [4, 4, 4, 4, 4, 2, 4, 4, 3, 4, 4, 4], false, "1" },
        // boundaries: item 10 = 0 alone sets 4B; item 10 = 1 does not
        { [4, 4, 4, 4, 4, 4, 4, 4, 4, 0, 4, 4], false, "4B" },
        { [4, 4, 4, 4, 4, 4, 4, 4, 4, 1, 4, 4], false, "1" },
        // 5b answered at full score is still 4A (Decision 4: 4A = item 5b answered)
        { [4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4], true, "4A" },
        // item 5 counts for the upper limb only as 5a: 5b = 3 alone involves no region, but is 4A
        { [4, 4, 4, 4, 3, 4, 4, 4, 4, 4, 4, 4], true, "4A" },
        { [4, 4, 4, 4, 3, 4, 4, 4, 4, 4, 4, 4], false, "1" },
    };

    [Theory]
    [MemberData(nameof(KingsCases))]
    public void Kings_ReferenceCases(int[] items, bool gastrostomy, string expected) =>
        Assert.Equal(expected, KingsStaging.Stage(AlsfrsRItems.Valid(items, gastrostomy)).Stage.WireName());

    [Fact]
    public void Kings_NoMappedRegion_CarriesTheNote() =>
        Assert.Equal(KingsStaging.UnmappedRegionNote, KingsStaging.Stage(AlsfrsRItems.Valid([4, 4, 4, 4, 4, 2, 4, 4, 3, 4, 4, 4])).Note);

    [Fact]
    public void Deceased_IsStageFiveInBothSystems() =>
        Assert.Equal(("5", 5), (KingsStaging.ForDeceased().Stage.WireName(), MitosStaging.ForDeceased().Stage));

    public static TheoryData<int[], bool, int> MitosCases => new()
    {
        // docs/instruments/mitos.md (dossier §4), R3: swallowing lost only (communicating needs item 1 AND item 4 ≤ 1) [D]
        { [1, 2, 1, 2, 2, 2, 2, 2, 1, 2, 3, 3], true, 1 },
        // section 4: (0,1,0,1,1,1,1,0,0,1,1,2) with 5b: every domain lost [D]
        { [0, 1, 0, 1, 1, 1, 1, 0, 0, 1, 1, 2], true, 4 },
        // section 4, R2: no domain lost [D]
        { [2, 3, 2, 3, 3, 3, 4, 2, 2, 3, 4, 3], false, 0 },
        // boundaries (Chiò 2015 Table 1): walking 1 vs 2, dressing 1, item 12 = 2 vs 3, speech and handwriting both ≤ 1
        { [4, 4, 4, 4, 4, 4, 4, 1, 4, 4, 4, 4], false, 1 },
        { [4, 4, 4, 4, 4, 4, 4, 2, 4, 4, 4, 4], false, 0 },
        { [4, 4, 4, 4, 4, 1, 4, 4, 4, 4, 4, 4], false, 1 },
        { [4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 2], false, 1 },
        { [4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 3], false, 0 },
        { [1, 4, 4, 1, 4, 4, 4, 4, 4, 4, 4, 4], false, 1 },
        { [1, 4, 4, 2, 4, 4, 4, 4, 4, 4, 4, 4], false, 0 },
    };

    [Theory]
    [MemberData(nameof(MitosCases))]
    public void Mitos_ReferenceCases(int[] items, bool gastrostomy, int expected) =>
        Assert.Equal(expected, MitosStaging.Stage(AlsfrsRItems.Valid(items, gastrostomy)).Stage);

    private static int KingsRank(KingsStage stage) => stage switch
    {
        KingsStage.One => 1,
        KingsStage.Two => 2,
        KingsStage.Three => 3,
        KingsStage.FourA or KingsStage.FourB => 4,
        KingsStage.FourAAndFourB => 5,
        KingsStage.Five => 6,
    };

    // The batch path (stages only) and the explained path always agree.
    [FsCheck.Xunit.Property(MaxTest = 1000)]
    public Property StageOf_AgreesWithStage() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Choose(0, 4), 12).ToArbitrary(), ArbMap.Default.ArbFor<bool>(), (items, gastrostomy) =>
        {
            var alsfrs = AlsfrsRItems.Valid(items, gastrostomy);
            var kings = KingsStaging.Stage(alsfrs);
            return KingsStaging.StageOf(alsfrs) == (kings.Stage, kings.Note is not null)
                && MitosStaging.StageOf(alsfrs) == MitosStaging.Stage(alsfrs).Stage;
        });

    // Stages never improve when items only worsen (same item-5 variant).
    [FsCheck.Xunit.Property(MaxTest = 1000)]
    public Property Stages_NeverImprove_WhenItemsOnlyWorsen() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Choose(0, 4), 12).ToArbitrary(), Gen.ArrayOf(Gen.Choose(0, 4), 12).ToArbitrary(), ArbMap.Default.ArbFor<bool>(),
            (before, loss, gastrostomy) =>
            {
                var after = before.Select((score, i) => Math.Max(0, score - loss[i])).ToArray();
                var a = AlsfrsRItems.Valid(before, gastrostomy);
                var b = AlsfrsRItems.Valid(after, gastrostomy);
                return KingsRank(KingsStaging.Stage(b).Stage) >= KingsRank(KingsStaging.Stage(a).Stage)
                    && MitosStaging.Stage(b).Stage >= MitosStaging.Stage(a).Stage;
            });
}
