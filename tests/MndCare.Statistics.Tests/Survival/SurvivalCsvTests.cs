using MndCare.Domain.Results;
using MndCare.Statistics.Input;
using MndCare.Statistics.Survival;

namespace MndCare.Statistics.Tests.Survival;

// The survival CSV of `mndcare analyze survival` (issue 10; statistics-contract.md: a row with a missing or non-numeric time, event
// or covariate is skipped for the whole analysis).
public sealed class SurvivalCsvTests
{
    private static Result<SurvivalData> Read(string text) => SurvivalCsv.Read(new StringReader(text));

    [Fact]
    public void Read_CovariatesAreTheColumnsAfterTheThreeNamedOnes()
    {
        var data = Read("patient_id,time_months,event,age,bulbar\nP1,12.5,1,61,0\nP2,30,0,55.5,1\n").Value;

        Assert.Equal(["age", "bulbar"], data.CovariateNames);
        Assert.Equal([12.5, 30], data.Time);
        Assert.Equal([true, false], data.Event);
        Assert.Equal([55.5, 1], data.Covariates[1]);
        Assert.Equal(0, data.SkippedRows);
    }

    [Theory]
    [InlineData("P1,,1,60")]
    [InlineData("P1,NA,1,60")]
    [InlineData("P1,soon,1,60")]
    [InlineData("P1,-2,1,60")]
    [InlineData("P1,Inf,1,60")]
    [InlineData("P1,5,,60")]
    [InlineData("P1,5,2,60")]
    [InlineData("P1,5,yes,60")]
    [InlineData("P1,5,1,")]
    [InlineData("P1,5,1,NA")]
    [InlineData("P1,5,1,NaN")]
    [InlineData("P1,5,1")]
    [InlineData("P1,5,1,60,extra")]
    public void Read_UnusableRow_IsSkippedAndCounted(string row)
    {
        var data = Read($"patient_id,time_months,event,age\n{row}\nP2,7,1,50\n").Value;

        Assert.Equal((1, 1), (data.Count, data.SkippedRows));
        Assert.Equal(7, data.Time[0]);
    }

    [Fact]
    public void Read_ColumnsInAnyOrder_QuotedFields_AndBlankLines()
    {
        var data = Read("\uFEFFevent,\"age, years\",time_months,patient_id\r\n1,\"61\",3.5,\"Wang, Li\"\r\n\r\n0,48,10,P2\r\n").Value;

        Assert.Equal(["age, years"], data.CovariateNames);
        Assert.Equal([3.5, 10], data.Time);
        Assert.Equal([true, false], data.Event);
        Assert.Equal(0, data.SkippedRows);
    }

    [Fact]
    public void Read_NoCovariates_IsKaplanMeierOnly() =>
        Assert.Empty(Read("patient_id,time_months,event\nP1,4,1\n").Value.CovariateNames);

    [Fact]
    public void Read_EmptyFile_IsAMissingHeader() =>
        Assert.Equal(SurvivalCsv.MissingHeader, Read("").Errors.Single().Code);

    [Fact]
    public void Read_HeaderWithoutRequiredColumns_NamesThem()
    {
        var errors = Read("id,time,event\n1,2,1\n").Errors.Cast<ValidationError>().ToList();

        Assert.All(errors, e => Assert.Equal(SurvivalCsv.MissingColumn, e.Code));
        Assert.Equal(["patient_id", "time_months"], errors.Select(e => e.Field));
    }

    [Fact]
    public void Read_DuplicateColumn_IsAnError() =>
        Assert.Equal(SurvivalCsv.DuplicateColumn, Read("patient_id,time_months,event,age,age\n").Errors.Single().Code);
}
