using MndCare.Domain.Infusions;
using MndCare.Domain.Results;
using static MndCare.Domain.Tests.Infusions.InfusionCases;

namespace MndCare.Domain.Tests.Infusions;

// docs/therapy/infusion.md "Bedside identity check" (issue 8; chain of identity, therapy reference A3).
public sealed class IdentityCheckTests
{
    private static IdentityCheckResult Run(string? patientCode, string?[] unitCodes, UnitAtBedside[]? known = null, int required = 3) =>
        IdentityCheck.Run("MRN-1001", patientCode, LotId, required, unitCodes, known ?? ThreeGoodUnits).Value;

    private static (string, string, string?)[] Codes(IdentityCheckResult r) => [.. r.Mismatches.Select(m => (m.Code, m.Value, m.Expected))];

    [Fact]
    public void Run_RightPatientAndTheOrdersUnits_Passes()
    {
        var result = Run("MRN-1001", ["U-001", "U-002", "U-003"]);

        Assert.True(result.Passed);
        Assert.Equal(["U-001", "U-002", "U-003"], result.UnitCodes);
    }

    [Theory]
    // Scanners add line ends; people type lower case, spaces and full-width characters (Chinese input method).
    [InlineData("  mrn-1001\r\n")]
    [InlineData("\tMrn-1001 ")]
    [InlineData("ＭＲＮ－１００１")]
    public void Run_CodesAreNormalised_BeforeComparing(string typed)
    {
        var result = Run(typed, ["u-001 ", "Ｕ-００２", "\nU-003\r"]);

        Assert.True(result.Passed);
        Assert.Equal(("MRN-1001", "U-002"), (result.ScannedPatientCode, result.UnitCodes[1]));
    }

    [Theory]
    [InlineData("MRN-1002", "MRN-1002")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Run_WrongOrBlankWristband_IsWrongPatient(string? scanned, string value)
    {
        Assert.Equal([(IdentityMismatch.WrongPatient, value, null)], Codes(Run(scanned, ["U-001", "U-002", "U-003"])));
    }

    [Fact]
    public void Run_UnitFromAnotherLot_IsRefused()
    {
        var known = ThreeGoodUnits.Append(Unit("X-900", OtherLotId)).ToArray();

        Assert.Equal([(IdentityMismatch.UnitFromOtherLot, "X-900", null)], Codes(Run("MRN-1001", ["U-001", "U-002", "X-900"], known)));
    }

    [Fact]
    public void Run_UnitOfALotNotReleased_IsRefused()
    {
        UnitAtBedside[] known = [Unit("U-001"), Unit("U-002"), Unit("U-003", released: false)];

        Assert.Equal([(IdentityMismatch.UnitNotReleased, "U-003", null)], Codes(Run("MRN-1001", ["U-001", "U-002", "U-003"], known)));
    }

    [Fact]
    public void Run_UnitAlreadyUsed_IsRefused()
    {
        UnitAtBedside[] known = [Unit("U-001", used: true), Unit("U-002"), Unit("U-003")];

        Assert.Equal([(IdentityMismatch.UnitAlreadyUsed, "U-001", null)], Codes(Run("MRN-1001", ["U-001", "U-002", "U-003"], known)));
    }

    [Fact]
    public void Run_UnknownCode_IsRefused()
    {
        Assert.Equal([(IdentityMismatch.UnitUnknown, "U-999", null)], Codes(Run("MRN-1001", ["U-001", "U-002", "U-999"])));
    }

    [Fact]
    public void Run_SameUnitTwice_IsDuplicateAndTooFew()
    {
        Assert.Equal([(IdentityMismatch.DuplicateUnit, "U-001", null), (IdentityMismatch.WrongNumberOfUnits, "2", "3")],
            Codes(Run("MRN-1001", ["U-001", "u-001", "U-002"])));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public void Run_WrongNumberOfUnits_NamesScannedAndRequired(int required)
    {
        Assert.Equal([(IdentityMismatch.WrongNumberOfUnits, "3", required.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            Codes(Run("MRN-1001", ["U-001", "U-002", "U-003"], required: required)));
    }

    [Fact]
    public void Run_MalformedCode_MatchesNothingAndDoesNotThrow()
    {
        var result = Run("MRN-1001\uD800", ["U-001", "U-002", "U-003\uDC00"]);

        Assert.Equal([IdentityMismatch.WrongPatient, IdentityMismatch.UnitUnknown], result.Mismatches.Select(m => m.Code));
    }

    [Fact]
    public void Run_TheSameKnownUnitTwice_IsAccepted_TwoUnitsSharingACodeAreABug()
    {
        Assert.True(Run("MRN-1001", ["U-001", "U-002", "U-003"], [.. ThreeGoodUnits, ThreeGoodUnits[0]]).Passed);
        Assert.Throws<ArgumentException>(() => Run("MRN-1001", ["U-001"], [.. ThreeGoodUnits, Unit("u-001", OtherLotId)]));
    }

    [Fact]
    public void Run_BlankUnitEntries_AreIgnored()
    {
        Assert.True(Run("MRN-1001", ["U-001", " ", null, "U-002", "", "U-003"]).Passed);
    }

    [Fact]
    public void Run_EveryMismatch_IsListed_OnePerUnit_MostFundamentalFirst()
    {
        // A used unit of another lot is reported as from another lot: it should never have reached this bed.
        UnitAtBedside[] known = [Unit("U-001"), Unit("X-900", OtherLotId, released: false, used: true)];

        Assert.Equal([(IdentityMismatch.WrongPatient, "MRN-2002", null), (IdentityMismatch.UnitFromOtherLot, "X-900", null),
                (IdentityMismatch.WrongNumberOfUnits, "2", "3")],
            Codes(Run("MRN-2002", ["U-001", "X-900"], known)));
    }

    [Fact]
    public void Run_OversizedInput_IsAValidationError()
    {
        var tooMany = Enumerable.Range(0, IdentityCheck.MaxUnitCodes + 1).Select(i => (string?)("U-" + i)).ToArray();

        Assert.Equal("unitCodes", ((ValidationError)IdentityCheck.Run("MRN-1001", "MRN-1001", LotId, 3, tooMany, ThreeGoodUnits).Errors[0]).Field);
        Assert.Equal("patientCode",
            ((ValidationError)IdentityCheck.Run("MRN-1001", new string('M', 65), LotId, 3, ["U-001"], ThreeGoodUnits).Errors[0]).Field);
    }
}
