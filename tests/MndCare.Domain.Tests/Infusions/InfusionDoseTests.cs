using MndCare.Domain.CellProducts;
using MndCare.Domain.Infusions;
using MndCare.Domain.Results;
using static MndCare.Domain.Tests.Infusions.InfusionCases;

namespace MndCare.Domain.Tests.Infusions;

// docs/therapy/infusion.md "Dose": default range 0.5-2.0 ×10^6 cells/kg (programme range; therapy reference A4 [S25]).
public sealed class InfusionDoseTests
{
    private static Result<InfusionDose> Calculate(decimal cellsPerKg, decimal kg = 62.5m, long cellsPerUnit = 25_000_000, TimeSpan? weighedAgo = null,
        InfusionPolicy? policy = null) =>
        InfusionDose.Calculate(PerKg(cellsPerKg), Kg(kg), Weighed(kg, weighedAgo ?? TimeSpan.FromDays(1)), Cells(cellsPerUnit), Now,
            policy ?? InfusionPolicy.Default);

    [Fact]
    public void Calculate_WorkedExample_RoundsUpToWholeUnitsAndStatesTheDeliveredDose()
    {
        // 1.0 ×10^6/kg × 62.5 kg = 62.5 ×10^6 cells; 25 ×10^6 per unit → ceiling(2.5) = 3 units = 75 ×10^6 = 1.2 ×10^6/kg.
        var dose = Calculate(1_000_000).Value;

        Assert.Equal(62_500_000, dose.TotalCells.Cells);
        Assert.Equal(3, dose.Units);
        Assert.Equal(75_000_000, dose.DeliveredCells.Cells);
        Assert.Equal(1_200_000m, dose.DeliveredCellsPerKg);
    }

    [Fact]
    public void Calculate_ExactMultiple_DeliversTheOrderedDose()
    {
        var dose = Calculate(1_000_000, kg: 50m).Value;

        Assert.Equal((50_000_000L, 2, 50_000_000L), (dose.TotalCells.Cells, dose.Units, dose.DeliveredCells.Cells));
    }

    [Fact]
    public void Calculate_TotalCells_RoundToAWholeCellHalfAwayFromZero()
    {
        // 1 000 000.05 cells/kg × 50.5 kg = 50 500 002.525 cells → 50 500 003.
        Assert.Equal(50_500_003, Calculate(1_000_000.05m, kg: 50.5m, cellsPerUnit: 1_000_000).Value.TotalCells.Cells);
    }

    [Theory]
    // Programme range [S25]: both limits accepted, one cell/kg beyond refused.
    [InlineData(500_000, true)]
    [InlineData(2_000_000, true)]
    [InlineData(499_999, false)]
    [InlineData(2_000_001, false)]
    public void Calculate_DefaultRange_LimitsIncluded(int cellsPerKg, bool accepted)
    {
        var result = Calculate(cellsPerKg, kg: 50m, cellsPerUnit: 1);

        Assert.Equal(accepted, result.IsSuccess);
        if (!accepted)
        {
            var error = Assert.IsType<DoseOutOfRangeError>(result.Errors[0]);
            Assert.Equal((InfusionErrorCodes.DoseOutOfRange, DoseBasis.Ordered, (decimal)cellsPerKg), (error.Code, error.Basis, error.CellsPerKg));
        }
    }

    [Fact]
    public void Calculate_WholeUnitsAboveTheRange_RefusedOnTheDeliveredDose()
    {
        // 1.9 ×10^6/kg × 50 kg = 95 ×10^6; 60 ×10^6 per unit → 2 units = 120 ×10^6 = 2.4 ×10^6/kg, above 2.0.
        var error = Assert.IsType<DoseOutOfRangeError>(Calculate(1_900_000, kg: 50m, cellsPerUnit: 60_000_000).Errors.Single());

        Assert.Equal((DoseBasis.Delivered, 2_400_000m), (error.Basis, error.CellsPerKg));
    }

    [Fact]
    public void Calculate_ExponentSlip_OneMeantAsOneMillionPerKg_IsRefusedByTheRange()
    {
        Assert.IsType<DoseOutOfRangeError>(Calculate(1.0m).Errors.Single());
    }

    public static TheoryData<decimal> InRangeDoses() => [.. Enumerable.Range(0, 31).Select(i => 500_000m + (i * 50_000m))];

    [Theory]
    [MemberData(nameof(InRangeDoses))]
    public void Calculate_TenfoldSlipOfEveryInRangeDose_IsRefusedBothWays(decimal cellsPerKg)
    {
        // docs/therapy/infusion.md: max/min = 4 < 10, so 10x > max and x/10 < min for every x in range.
        Assert.True(Calculate(cellsPerKg, cellsPerUnit: 1).IsSuccess);
        Assert.IsType<DoseOutOfRangeError>(Calculate(cellsPerKg * DoseRange.SlipFactor, cellsPerUnit: 1).Errors.Single());
        Assert.IsType<DoseOutOfRangeError>(Calculate(cellsPerKg / DoseRange.SlipFactor, cellsPerUnit: 1).Errors.Single());
    }

    [Fact]
    public void DoseRange_Default_IsTheProgrammeRangeWithRatioFour()
    {
        Assert.Equal((500_000m, 2_000_000m), (DoseRange.Default.Min.Value, DoseRange.Default.Max.Value));
        Assert.Equal(4m, DoseRange.Default.Max.Value / DoseRange.Default.Min.Value);
    }

    [Theory]
    // The guard holds only while max/min < 10; a range of ratio 10 or more is refused.
    [InlineData(200_000, 2_000_000, false)]
    [InlineData(100_000, 5_000_000, false)]
    [InlineData(210_000, 2_000_000, true)]
    [InlineData(1_000_000, 1_000_000, true)]
    [InlineData(2_000_000, 1_000_000, false)]
    public void DoseRange_Create_RefusesARangeATenfoldSlipCouldPass(int min, int max, bool accepted)
    {
        var result = DoseRange.Create(min, max);

        Assert.Equal(accepted, result.IsSuccess);
        if (!accepted)
        {
            Assert.Equal(("maxCellsPerKg", InfusionErrorCodes.DoseRangeTooWide), (((ValidationError)result.Errors[0]).Field, result.Errors[0].Code));
        }
    }

    [FsCheck.Xunit.Property(MaxTest = 500)]
    public bool DoseRange_AnyAcceptedRange_RefusesTheTenfoldSlipOfEveryDoseInIt(FsCheck.PositiveInt minThousands, byte ratioStep, byte position)
    {
        var min = (minThousands.Get % 10_000 + 1) * 1000m;
        var max = min * (1 + (ratioStep % 90 / 10m));
        var range = DoseRange.Create(min, max).Value;
        var dose = PerKg(min + ((max - min) * position / 255m));

        return range.Contains(dose)
            && !range.Contains(PerKg(dose.Value * DoseRange.SlipFactor))
            && !range.Contains(PerKg(dose.Value / DoseRange.SlipFactor));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1_000_000)]
    [InlineData(10_000_000_001)]
    public void CellsPerKg_Create_RefusesNotPositiveOrAbsurd(decimal value)
    {
        var result = CellsPerKg.Create(value);

        Assert.Equal(("cellsPerKg", ValidationError.OutOfRange), (((ValidationError)result.Errors[0]).Field, result.Errors[0].Code));
    }

    [Theory]
    // docs/therapy/infusion.md "Units": 20-300 kg, the questionnaire's plausible range.
    [InlineData(20, true)]
    [InlineData(300, true)]
    [InlineData(19.9, false)]
    [InlineData(300.1, false)]
    [InlineData(0, false)]
    public void BodyWeight_Create_AcceptsTwentyToThreeHundredKilograms(decimal kg, bool accepted)
    {
        Assert.Equal(accepted, BodyWeight.Create(kg).IsSuccess);
    }

    [Fact]
    public void CellCount_Arithmetic_IsChecked()
    {
        Assert.Throws<OverflowException>(() => Cells(long.MaxValue / 2).Times(3));
        Assert.Equal(("cellsPerUnit", ValidationError.OutOfRange), (((ValidationError)CellCount.Create(0, "cellsPerUnit").Errors[0]).Field,
            CellCount.Create(0, "cellsPerUnit").Errors[0].Code));
    }

    [Fact]
    public void Calculate_WeightExactlySevenDaysOld_IsAccepted()
    {
        // Issue 8: weight from a recorded measurement no older than the limit, 7 days by default.
        Assert.True(Calculate(1_000_000, weighedAgo: TimeSpan.FromDays(7)).IsSuccess);
    }

    [Fact]
    public void Calculate_WeightOlderThanTheLimit_NamesHowOld()
    {
        var error = Assert.IsType<WeightTooOldError>(Calculate(1_000_000, weighedAgo: TimeSpan.FromDays(9.5)).Errors.Single());

        Assert.Equal((InfusionErrorCodes.WeightTooOld, TimeSpan.FromDays(9.5), TimeSpan.FromDays(7)), (error.Code, error.Age, error.MaxAge));
    }

    [Fact]
    public void Calculate_ClinicLimitOfThreeDays_RefusesAFourDayOldWeight()
    {
        var policy = InfusionPolicy.Create(DoseRange.Default, TimeSpan.FromDays(3), MonitoringPolicy.Default, VitalSignRanges.Default).Value;

        Assert.IsType<WeightTooOldError>(Calculate(1_000_000, weighedAgo: TimeSpan.FromDays(4), policy: policy).Errors.Single());
    }

    [Fact]
    public void Calculate_WeightAndDoseBothWrong_ReportsBoth()
    {
        var errors = Calculate(10_000_000, weighedAgo: TimeSpan.FromDays(30)).Errors;

        Assert.Equal([InfusionErrorCodes.WeightTooOld, InfusionErrorCodes.DoseOutOfRange], errors.Select(e => e.Code));
    }

    [Fact]
    public void Calculate_WeightNotRecordedOrDifferentOrDatedAfterTheOrder_IsRefused()
    {
        var policy = InfusionPolicy.Default;
        Assert.Equal(InfusionErrorCodes.WeightNotRecorded,
            InfusionDose.Calculate(PerKg(1_000_000), Kg(60), null, Cells(1), Now, policy).Errors.Single().Code);
        Assert.Equal(InfusionErrorCodes.WeightDoesNotMatchRecord,
            InfusionDose.Calculate(PerKg(1_000_000), Kg(60), Weighed(61, TimeSpan.FromDays(1)), Cells(1), Now, policy).Errors.Single().Code);
        Assert.Equal(InfusionErrorCodes.InFuture,
            InfusionDose.Calculate(PerKg(1_000_000), Kg(60), Weighed(60, TimeSpan.FromHours(-1)), Cells(1), Now, policy).Errors.Single().Code);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(91 * 24)]
    public void InfusionPolicy_Create_RefusesAWeightLimitOutsideOneHourToNinetyDays(double hours)
    {
        Assert.False(InfusionPolicy.Create(DoseRange.Default, TimeSpan.FromHours(hours), MonitoringPolicy.Default, VitalSignRanges.Default).IsSuccess);
    }
}
