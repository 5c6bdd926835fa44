using MndCare.Application.Auditing;
using MndCare.Domain.Auditing;

namespace MndCare.Application.Tests.Auditing;

// OWASP CSV Injection: no cell opens as a formula; RFC 4180 quoting keeps separators inside their cell.
public sealed class AuditCsvTests
{
    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+86 138 0000 0001", "'+86 138 0000 0001")]
    [InlineData("-5", "'-5")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\r=cmd", "\"'\r=cmd\"")]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")]
    [InlineData("张伟, Zhang Wei", "\"张伟, Zhang Wei\"")]
    [InlineData("line\nbreak", "\"line\nbreak\"")]
    [InlineData("patient.read", "patient.read")]
    [InlineData("a=b", "a=b")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Cell_NeutralizesFormulasAndQuotesSeparators(string? value, string expected) =>
        Assert.Equal(expected, AuditCsv.Cell(value));

    [Fact]
    public void Changes_ShowOldToNew_WithEmptyValuesMarked() =>
        Assert.Equal("phone: ∅ → 1\nlatinName: Zhang Wei → ∅",
            AuditCsv.Changes([new FieldChange("phone", null, "1"), new FieldChange("latinName", "Zhang Wei", null)]));
}
