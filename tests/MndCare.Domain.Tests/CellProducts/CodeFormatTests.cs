using MndCare.Domain.CellProducts;
using MndCare.Domain.Results;

namespace MndCare.Domain.Tests.CellProducts;

// 21 CFR 1271.290(c) (security test plan P1271-T; reference A3): each unit has a distinct code relating it to its donor and
// records, and the code "may not include an individual's name, social security number, or medical record number".
public sealed class CodeFormatTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(123_456)]
    [InlineData(int.MaxValue)]
    public void DonorCode_FromSequence_IsValidAndStartsWithADigit(int sequence)
    {
        var code = DonorCode.FromSequence(sequence);

        Assert.Equal(code, DonorCode.Create(code.Value.ToLowerInvariant()).Value);
        Assert.Matches("^UCD-[0-9][0-9A-HJKMNP-TV-Z]{6}[0-9A-HJKMNP-TV-Z]$", code.Value);
    }

    [Theory] // P1271-T: names, MRN- and ID-number-shaped values are never a donor code
    [InlineData("Zhang Wei")]
    [InlineData("张伟")]
    [InlineData("MRN-001")]
    [InlineData("DEMO00001")]
    [InlineData("123-45-6789")]
    [InlineData("11010519491231002X")]
    [InlineData("UCD-JOHNSMTH")]
    [InlineData("UCD-0000001")]
    [InlineData("UCD-00000I1A")]
    [InlineData("")]
    public void DonorCode_NotInFormat_IsRefused(string text)
    {
        var result = DonorCode.Create(text);

        Assert.False(result.IsSuccess);
        Assert.Contains(result.Errors[0].Code, new[] { CellProductErrorCodes.InvalidFormat, ValidationError.Required });
    }

    [Fact] // Luhn mod N: one changed character and two swapped neighbours are caught
    public void DonorCode_MistypedOrSwapped_FailsTheCheckCharacter()
    {
        var code = DonorCode.FromSequence(1_234_567).Value;
        var changed = code[..^2] + (code[^2] == '7' ? '8' : '7') + code[^1];
        var swapped = code[..5] + code[6] + code[5] + code[7..];

        Assert.NotEqual(code, swapped);
        Assert.Equal(CellProductErrorCodes.CheckCharacterMismatch, DonorCode.Create(changed).Errors[0].Code);
        Assert.Equal(CellProductErrorCodes.CheckCharacterMismatch, DonorCode.Create(swapped).Errors[0].Code);
    }

    [Theory]
    [InlineData("ucm2603-01", true)]
    [InlineData("2026-0412", true)]
    [InlineData("UCMSC", false)] // no digit: could be a word or a name
    [InlineData("Li-Na", false)]
    [InlineData("UCM--01", false)]
    [InlineData("-UCM01", false)]
    [InlineData("UCM 01", false)]
    [InlineData("A12", false)]
    [InlineData("UCM2603-01-ABCDEFGHIJ", false)]
    public void LotNumber_Format(string text, bool valid) => Assert.Equal(valid, LotNumber.Create(text).IsSuccess);

    [Fact]
    public void UnitCode_ForLotAndSequence_RoundTripsAndRelatesToTheLot()
    {
        var lot = LotNumber.Create("UCM2603-01").Value;
        var code = UnitCode.For(lot, 7);

        Assert.StartsWith("UCM2603-01-U007", code.Value, StringComparison.Ordinal);
        var parsed = UnitCode.Create(code.Value.ToLowerInvariant()).Value;
        Assert.Equal((lot, 7), (parsed.LotNumber, parsed.Sequence));
        Assert.Equal(code, parsed);
    }

    [Fact]
    public void UnitCode_MistypedSequence_FailsTheCheckCharacter()
    {
        var code = UnitCode.For(LotNumber.Create("UCM2603-01").Value, 7).Value;

        Assert.Equal(CellProductErrorCodes.CheckCharacterMismatch, UnitCode.Create(code.Replace("U007", "U008", StringComparison.Ordinal)).Errors[0].Code);
    }

    [Theory] // P1271-T: what a nurse might type instead of a unit code
    [InlineData("MRN-001")]
    [InlineData("Wang Fang")]
    [InlineData("UCM2603-01")]
    [InlineData("UCM2603-01-U000")]
    [InlineData("UCM2603-01-U12")]
    public void UnitCode_NotInFormat_IsRefused(string text) =>
        Assert.Equal(CellProductErrorCodes.InvalidFormat, UnitCode.Create(text).Errors[0].Code);

    [Theory] // P1271-T: a lot number (and so every unit code) that contains a registered MRN is refused
    [InlineData("UCM-MRN0042-1", "mrn-0042", true)]
    [InlineData("DEMO00001", "DEMO00001", true)]
    [InlineData("UCM2603-01", "MRN-0042", false)]
    [InlineData("UCM2603-01", "26", false)] // shorter than 4: would match unrelated codes by chance
    public void PatientIdentifierGuard_RefusesACodeContainingAnMrn(string code, string mrn, bool refused)
    {
        var error = PatientIdentifierGuard.Check("lotNumber", code, ["X-1", mrn]);

        Assert.Equal(refused, error is not null);
        Assert.True(error is null || error.Code == CellProductErrorCodes.ContainsPatientIdentifier);
    }

    [Theory]
    [InlineData("S1128", true)] // an ISBT 128 Product Description Code shape (reference A3, S87)
    [InlineData("ucmsc-iv", true)]
    [InlineData("1UCMSC", false)]
    [InlineData("U", false)]
    public void ProductCode_Format(string text, bool valid) => Assert.Equal(valid, ProductCode.Create(text).IsSuccess);

    [Theory] // P1271-T: a social security number or a resident identity number is never a lot number
    [InlineData("123-45-6789")]
    [InlineData("L-123-45-6789")]
    [InlineData("11010519491231002X")]
    public void LotNumber_PersonalNumberShape_IsRefused(string text) =>
        Assert.Equal(CellProductErrorCodes.ContainsPatientIdentifier, LotNumber.Create(text).Errors[0].Code);
}
