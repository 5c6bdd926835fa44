using System.Text;
using MndCare.Domain.Results;
using MndCare.Statistics.Input;

namespace MndCare.Statistics.Tests.Mixed;

// The visits CSV as statistics-contract.md reads it: skipped rows counted, extra columns ignored, any order, R's read.csv habits.
public sealed class VisitsCsvTests
{
    private static VisitsTable Parse(string text) => VisitsCsv.Parse(Encoding.UTF8.GetBytes(text)).Value;

    private static ValidationError Error(string text) => Assert.IsType<ValidationError>(VisitsCsv.Parse(Encoding.UTF8.GetBytes(text)).Errors.Single());

    [Fact]
    public void Parse_ReadsTheFourColumns_InAnyOrder_IgnoringOthers()
    {
        var table = Parse("site,alsfrsr_total,post_months,months,patient_id\nA,40,0,0,p1\nA,38,1.5,4.5,p1\nB,44,0,0,p2\n");

        Assert.Equal([0, 0, 1], table.Data.Group);
        Assert.Equal([0, 4.5, 0], table.Data.Months);
        Assert.Equal([0, 1.5, 0], table.Data.PostMonths!);
        Assert.Equal([40.0, 38, 44], table.Data.Score);
        Assert.Equal(2, table.Data.GroupCount);
        Assert.Equal(["p1", "p2"], table.PatientIds);
        Assert.Equal(0, table.SkippedRows);
    }

    [Fact]
    public void Parse_WithoutPostMonths_HasNoPostCourseColumn() =>
        Assert.Null(Parse("patient_id,months,alsfrsr_total\np1,0,40\n").Data.PostMonths);

    [Theory]
    [InlineData(",1,0,40")]
    [InlineData("NA,1,0,40")]
    [InlineData("p1,,0,40")]
    [InlineData("p1,NA,0,40")]
    [InlineData("p1,1,NA,40")]
    [InlineData("p1,1,0,forty")]
    [InlineData("p1,1,0,Inf")]
    [InlineData("p1,1,0,NaN")]
    [InlineData("p1,1,0")]
    public void Parse_SkipsAndCountsARowWithAMissingOrNonNumericValue(string row)
    {
        var table = Parse("patient_id,months,post_months,alsfrsr_total\np0,0,0,41\n" + row + "\np0,3,0,39\n");

        Assert.Equal(1, table.SkippedRows);
        Assert.Equal(2, table.Data.Count);
    }

    [Fact]
    public void Parse_APatientWithNoUsableRow_IsNotAGroup()
    {
        var table = Parse("patient_id,months,alsfrsr_total\np1,0,NA\np2,0,44\np1,3,\n");

        Assert.Equal(1, table.Data.GroupCount);
        Assert.Equal(["p2"], table.PatientIds);
        Assert.Equal(2, table.SkippedRows);
    }

    [Fact]
    public void Parse_AcceptsAByteOrderMark_CrLf_QuotedFields_AndBlankLines_AsRsReadCsv()
    {
        var table = Parse("\uFEFF\"patient_id\",\"months\",\"alsfrsr_total\"\r\n\"p, 1\",\"0\",40\r\n\r\n\"p, 1\",2.25,\"39\"\r\n");

        Assert.Equal(["p, 1"], table.PatientIds);
        Assert.Equal([0, 2.25], table.Data.Months);
        Assert.Equal(0, table.SkippedRows);
    }

    [Fact]
    public void Parse_WithoutARequiredColumn_NamesIt()
    {
        var error = Error("patient_id,month,alsfrsr_total\np1,0,40\n");

        Assert.Equal(VisitsCsv.MissingColumn, error.Code);
        Assert.Contains("months", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OfAnEmptyFile_SaysTheHeaderIsMissing() =>
        Assert.Equal(VisitsCsv.MissingHeader, Error("").Code);

    [Theory]
    [InlineData("12", 12.0)]
    [InlineData("-0.25", -0.25)]
    [InlineData("+3.5", 3.5)]
    [InlineData("1e3", 1000.0)]
    [InlineData(" 7", 7.0)]
    [InlineData("0.1", 0.1)]
    [InlineData("23.874", 23.874)]
    [InlineData("0.30000000000000004441", 0.30000000000000004)]
    public void CsvNumbers_ReadsNumbersAsRsAsNumeric(string text, double expected)
    {
        Assert.True(CsvNumbers.TryParse(Encoding.UTF8.GetBytes(text), out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("NA")]
    [InlineData(".")]
    [InlineData("-")]
    [InlineData("1.2.3")]
    [InlineData("Infinity")]
    public void CsvNumbers_RefusesWhatIsNotAFiniteNumber(string text) =>
        Assert.False(CsvNumbers.TryParse(Encoding.UTF8.GetBytes(text), out _));

    // Clinger's fast path must round exactly as the runtime's correctly rounded parser.
    [Fact]
    public void CsvNumbers_FastPath_RoundsExactlyAsTheFullParser()
    {
        var random = new Random(20261207);
        for (var i = 0; i < 100_000; i++)
        {
            var text = (random.NextDouble() * Math.Pow(10, random.Next(-3, 6))).ToString("F" + random.Next(0, 12), System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(CsvNumbers.TryParse(Encoding.UTF8.GetBytes(text), out var value));
            Assert.Equal(double.Parse(text, System.Globalization.CultureInfo.InvariantCulture), value);
        }
    }
}
