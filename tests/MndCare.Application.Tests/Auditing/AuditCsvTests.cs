using FsCheck;
using FsCheck.Fluent;
using MndCare.Application.Auditing;
using MndCare.Domain.Auditing;

namespace MndCare.Application.Tests.Auditing;

// Security test plan EX-01 (OWASP CSV Injection): no cell opens as a formula; RFC 4180 quoting keeps separators inside their cell.
public sealed class AuditCsvTests
{
    private static readonly string[] Pieces = ["=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠", ",", "\"", "'", "a", "1", "张伟", " ", "cmd|' /C calc'!A0"];

    // A cell read back as a spreadsheet would: unquoted, with doubled quotes undone.
    private static string ReadBack(string cell) =>
        cell.StartsWith('"') && cell.EndsWith('"') && cell.Length >= 2 ? cell[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal) : cell;

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+86 138 0000 0001", "'+86 138 0000 0001")]
    [InlineData("-5", "'-5")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\r=cmd", "\"'\r=cmd\"")]
    [InlineData("\n=cmd", "\"'\n=cmd\"")]
    [InlineData("＝1+1", "'＝1+1")]
    [InlineData("a\",\"=1+1", "\"a\"\",\"\"=1+1\"")]
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

    // Security test plan FZ-02: the escaper never emits a leading trigger, and reading the cell back gives the text (after the apostrophe).
    [FsCheck.Xunit.Property(MaxTest = 1000)]
    public Property Cell_NeverStartsWithATrigger_AndReadsBack() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Elements(Pieces)).Resize(8).Select(string.Concat).ToArbitrary(), text =>
        {
            var back = ReadBack(AuditCsv.Cell(text));
            var safe = back.Length == 0 || !"=+-@\t\r\n＝＋－＠".Contains(back[0], StringComparison.Ordinal);
            return safe && (back == text || back == "'" + text);
        });
}
