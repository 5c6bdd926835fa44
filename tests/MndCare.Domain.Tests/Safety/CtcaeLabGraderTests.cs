using System.Globalization;
using MndCare.Domain.Safety.Labs;

namespace MndCare.Domain.Tests.Safety;

// Rows: CTCAE v5.0 (NCI 2017) as restated in docs/instruments/grade-contract.md (shared reference ctcae-lab-grading.md).
// Each row names its source row; every boundary is tested on both sides.
public sealed class CtcaeLabGraderTests
{
    private static decimal? D(string? text) => text is null ? null : decimal.Parse(text, CultureInfo.InvariantCulture);

    private static LabCase Upper(string test, string value, string uln, string? baseline = null, string unit = "U/L") =>
        new(test, D(value), unit, D(uln), null, D(baseline), null);

    private static LabCase Lower(string test, string value, string lln, string unit) => new(test, D(value), unit, null, D(lln), null, null);

    private static int GradeOf(LabCase c) => CtcaeLabGrader.Grade(c).Value.Grade;

    [Theory]
    // ALT/AST, baseline normal: G1 >ULN - 3.0×ULN; G2 >3.0 - 5.0; G3 >5.0 - 20.0; G4 >20.0 (ULN 40)
    [InlineData("ALT baseline normal: at ULN is 0", "ALT", "40", null, 0)]
    [InlineData("ALT baseline normal: G1 >ULN", "ALT", "40.01", null, 1)]
    [InlineData("ALT baseline normal: G1 includes 3.0×ULN", "ALT", "120", null, 1)]
    [InlineData("ALT baseline normal: G2 >3.0×ULN", "ALT", "120.01", null, 2)]
    [InlineData("ALT baseline normal: G2 includes 5.0×ULN", "ALT", "200", null, 2)]
    [InlineData("ALT baseline normal: G3 >5.0×ULN", "ALT", "200.01", null, 3)]
    [InlineData("ALT baseline normal: G3 includes 20.0×ULN", "ALT", "800", null, 3)]
    [InlineData("ALT baseline normal: G4 >20.0×ULN", "ALT", "800.01", null, 4)]
    [InlineData("AST baseline at ULN is normal: G1 includes 3.0×ULN", "AST", "120", "40", 1)]
    [InlineData("AST baseline normal: G2 >3.0×ULN", "AST", "120.01", "30", 2)]
    // ALT/AST, baseline abnormal (baseline 60 > ULN 40): 0 below 1.5×; G1 1.5 - 3.0×; G2 >3.0 - 5.0; G3 >5.0 - 20.0; G4 >20.0
    [InlineData("ALT baseline abnormal: below 1.5×baseline is 0", "ALT", "89.99", "60", 0)]
    [InlineData("ALT baseline abnormal: G1 includes 1.5×baseline", "ALT", "90", "60", 1)]
    [InlineData("ALT baseline abnormal: G1 includes 3.0×baseline", "ALT", "180", "60", 1)]
    [InlineData("ALT baseline abnormal: G2 >3.0×baseline", "ALT", "180.01", "60", 2)]
    [InlineData("ALT baseline abnormal: G2 includes 5.0×baseline", "ALT", "300", "60", 2)]
    [InlineData("AST baseline abnormal: G3 >5.0×baseline", "AST", "300.01", "60", 3)]
    [InlineData("AST baseline abnormal: G3 includes 20.0×baseline", "AST", "1200", "60", 3)]
    [InlineData("AST baseline abnormal: G4 >20.0×baseline", "AST", "1200.01", "60", 4)]
    // ALP/GGT, baseline normal: G1 >ULN - 2.5×ULN; G2 >2.5 - 5.0; G3 >5.0 - 20.0; G4 >20.0 (ULN 100)
    [InlineData("ALP baseline normal: at ULN is 0", "ALP", "100", null, 0)]
    [InlineData("ALP baseline normal: G1 >ULN", "ALP", "100.1", null, 1)]
    [InlineData("ALP baseline normal: G1 includes 2.5×ULN", "ALP", "250", null, 1)]
    [InlineData("ALP baseline normal: G2 >2.5×ULN", "ALP", "250.1", null, 2)]
    [InlineData("GGT baseline normal: G2 includes 5.0×ULN", "GGT", "500", null, 2)]
    [InlineData("GGT baseline normal: G3 >5.0×ULN", "GGT", "500.1", null, 3)]
    [InlineData("GGT baseline normal: G3 includes 20.0×ULN", "GGT", "2000", null, 3)]
    [InlineData("GGT baseline normal: G4 >20.0×ULN", "GGT", "2000.1", null, 4)]
    // ALP/GGT, baseline abnormal (baseline 120 > ULN 100): 0 below 2.0×; G1 2.0 - 2.5×; G2 >2.5 - 5.0; G3 >5.0 - 20.0; G4 >20.0
    [InlineData("ALP baseline abnormal: below 2.0×baseline is 0", "ALP", "239.9", "120", 0)]
    [InlineData("ALP baseline abnormal: G1 includes 2.0×baseline", "ALP", "240", "120", 1)]
    [InlineData("ALP baseline abnormal: G1 includes 2.5×baseline", "ALP", "300", "120", 1)]
    [InlineData("GGT baseline abnormal: G2 >2.5×baseline", "GGT", "300.1", "120", 2)]
    [InlineData("GGT baseline abnormal: G2 includes 5.0×baseline", "GGT", "600", "120", 2)]
    [InlineData("GGT baseline abnormal: G3 >5.0×baseline", "GGT", "600.1", "120", 3)]
    [InlineData("GGT baseline abnormal: G3 includes 20.0×baseline", "GGT", "2400", "120", 3)]
    [InlineData("GGT baseline abnormal: G4 >20.0×baseline", "GGT", "2400.1", "120", 4)]
    // CK: G1 >ULN - 2.5×ULN; G2 >2.5 - 5.0; G3 >5.0 - 10.0; G4 >10.0 (ULN 200); a baseline has no row
    [InlineData("CK: at ULN is 0", "CK", "200", null, 0)]
    [InlineData("CK: G1 >ULN", "CK", "201", null, 1)]
    [InlineData("CK: G1 includes 2.5×ULN", "CK", "500", null, 1)]
    [InlineData("CK: G2 >2.5×ULN", "CK", "501", null, 2)]
    [InlineData("CK: G2 includes 5.0×ULN", "CK", "1000", null, 2)]
    [InlineData("CK: G3 >5.0×ULN", "CK", "1001", null, 3)]
    [InlineData("CK: G3 includes 10.0×ULN", "CK", "2000", null, 3)]
    [InlineData("CK: G4 >10.0×ULN", "CK", "2001", null, 4)]
    [InlineData("CK: a raised baseline changes nothing (no baseline row)", "CK", "201", "400", 1)]
    public void EnzymeRows(string source, string test, string value, string? baseline, int grade)
    {
        var uln = test switch { "ALT" or "AST" => "40", "CK" => "200", _ => "100" };
        Assert.True(GradeOf(Upper(test, value, uln, baseline)) == grade, source);
    }

    [Theory]
    // Bilirubin, baseline normal: G1 >ULN - 1.5×ULN; G2 >1.5 - 3.0; G3 >3.0 - 10.0; G4 >10.0 (ULN 20 umol/L)
    [InlineData("Bilirubin baseline normal: at ULN is 0", "20", null, 0)]
    [InlineData("Bilirubin baseline normal: G1 >ULN", "20.1", null, 1)]
    [InlineData("Bilirubin baseline normal: G1 includes 1.5×ULN", "30", null, 1)]
    [InlineData("Bilirubin baseline normal: G2 >1.5×ULN", "30.1", null, 2)]
    [InlineData("Bilirubin baseline normal: G2 includes 3.0×ULN", "60", null, 2)]
    [InlineData("Bilirubin baseline normal: G3 >3.0×ULN", "60.1", null, 3)]
    [InlineData("Bilirubin baseline normal: G3 includes 10.0×ULN", "200", null, 3)]
    [InlineData("Bilirubin baseline normal: G4 >10.0×ULN", "200.1", null, 4)]
    // Bilirubin, baseline abnormal (baseline 30 > ULN 20): 0 at or below baseline; G1 >1.0 - 1.5×; G2 >1.5 - 3.0; G3 >3.0 - 10.0; G4 >10.0
    [InlineData("Bilirubin baseline abnormal: at baseline is 0", "30", "30", 0)]
    [InlineData("Bilirubin baseline abnormal: G1 >1.0×baseline", "30.1", "30", 1)]
    [InlineData("Bilirubin baseline abnormal: G1 includes 1.5×baseline", "45", "30", 1)]
    [InlineData("Bilirubin baseline abnormal: G2 >1.5×baseline", "45.1", "30", 2)]
    [InlineData("Bilirubin baseline abnormal: G2 includes 3.0×baseline", "90", "30", 2)]
    [InlineData("Bilirubin baseline abnormal: G3 >3.0×baseline", "90.1", "30", 3)]
    [InlineData("Bilirubin baseline abnormal: G3 includes 10.0×baseline", "300", "30", 3)]
    [InlineData("Bilirubin baseline abnormal: G4 >10.0×baseline", "300.1", "30", 4)]
    public void BilirubinRows(string source, string value, string? baseline, int grade) =>
        Assert.True(GradeOf(Upper("BILIRUBIN", value, "20", baseline, "umol/L")) == grade, source);

    [Theory]
    // Creatinine: G1 >ULN - 1.5×ULN; G2 >1.5 - 3.0×ULN or >1.5 - 3.0×baseline; G3 >3.0 - 6.0×ULN or >3.0×baseline; G4 >6.0×ULN; higher of the two
    [InlineData("Creatinine ULN: at ULN is 0", "1.0", null, 0)]
    [InlineData("Creatinine ULN: G1 >ULN", "1.01", null, 1)]
    [InlineData("Creatinine ULN: G1 includes 1.5×ULN", "1.5", null, 1)]
    [InlineData("Creatinine ULN: G2 >1.5×ULN", "1.51", null, 2)]
    [InlineData("Creatinine ULN: G2 includes 3.0×ULN", "3.0", null, 2)]
    [InlineData("Creatinine ULN: G3 >3.0×ULN", "3.01", null, 3)]
    [InlineData("Creatinine ULN: G3 includes 6.0×ULN", "6.0", null, 3)]
    [InlineData("Creatinine ULN: G4 >6.0×ULN", "6.01", null, 4)]
    [InlineData("Creatinine baseline: 1.5×baseline has no grade (within ULN)", "0.9", "0.6", 0)]
    [InlineData("Creatinine baseline: G2 >1.5×baseline though within ULN", "0.91", "0.6", 2)]
    [InlineData("Creatinine baseline: G2 includes 3.0×baseline, beats G1 by ULN", "1.2", "0.4", 2)]
    [InlineData("Creatinine baseline: G3 >3.0×baseline, beats G1 by ULN", "1.21", "0.4", 3)]
    [InlineData("Creatinine: ULN reading higher than baseline reading", "6.5", "3.0", 4)]
    public void CreatinineRows(string source, string value, string? baseline, int grade) =>
        Assert.True(GradeOf(Upper("CREATININE", value, "1.0", baseline, "mg/dL")) == grade, source);

    [Theory]
    // Neutrophils (LLN 2.0 ×10^9/L): 0 ≥ LLN; G1 1.5 ≤ v < LLN; G2 1.0 ≤ v < 1.5; G3 0.5 ≤ v < 1.0; G4 < 0.5
    [InlineData("Neutrophils: at LLN is 0", "NEUTROPHILS", "2.0", "2.0", 0)]
    [InlineData("Neutrophils: G1 <LLN", "NEUTROPHILS", "1.99", "2.0", 1)]
    [InlineData("Neutrophils: G1 includes 1.5", "NEUTROPHILS", "1.5", "2.0", 1)]
    [InlineData("Neutrophils: G2 <1.5", "NEUTROPHILS", "1.49", "2.0", 2)]
    [InlineData("Neutrophils: G2 includes 1.0", "NEUTROPHILS", "1.0", "2.0", 2)]
    [InlineData("Neutrophils: G3 <1.0", "NEUTROPHILS", "0.99", "2.0", 3)]
    [InlineData("Neutrophils: G3 includes 0.5", "NEUTROPHILS", "0.5", "2.0", 3)]
    [InlineData("Neutrophils: G4 <0.5", "NEUTROPHILS", "0.49", "2.0", 4)]
    // Lymphocytes (LLN 1.0): G1 0.8 ≤ v < LLN; G2 0.5 ≤ v < 0.8; G3 0.2 ≤ v < 0.5; G4 < 0.2
    [InlineData("Lymphocytes: at LLN is 0", "LYMPHOCYTES", "1.0", "1.0", 0)]
    [InlineData("Lymphocytes: G1 <LLN", "LYMPHOCYTES", "0.99", "1.0", 1)]
    [InlineData("Lymphocytes: G1 includes 0.8", "LYMPHOCYTES", "0.8", "1.0", 1)]
    [InlineData("Lymphocytes: G2 <0.8", "LYMPHOCYTES", "0.79", "1.0", 2)]
    [InlineData("Lymphocytes: G2 includes 0.5", "LYMPHOCYTES", "0.5", "1.0", 2)]
    [InlineData("Lymphocytes: G3 <0.5", "LYMPHOCYTES", "0.49", "1.0", 3)]
    [InlineData("Lymphocytes: G3 includes 0.2", "LYMPHOCYTES", "0.2", "1.0", 3)]
    [InlineData("Lymphocytes: G4 <0.2", "LYMPHOCYTES", "0.19", "1.0", 4)]
    // WBC (LLN 4.0): G1 3.0 ≤ v < LLN; G2 2.0 ≤ v < 3.0; G3 1.0 ≤ v < 2.0; G4 < 1.0
    [InlineData("WBC: at LLN is 0", "WBC", "4.0", "4.0", 0)]
    [InlineData("WBC: G1 <LLN", "WBC", "3.99", "4.0", 1)]
    [InlineData("WBC: G1 includes 3.0", "WBC", "3.0", "4.0", 1)]
    [InlineData("WBC: G2 <3.0", "WBC", "2.99", "4.0", 2)]
    [InlineData("WBC: G2 includes 2.0", "WBC", "2.0", "4.0", 2)]
    [InlineData("WBC: G3 <2.0", "WBC", "1.99", "4.0", 3)]
    [InlineData("WBC: G3 includes 1.0", "WBC", "1.0", "4.0", 3)]
    [InlineData("WBC: G4 <1.0", "WBC", "0.99", "4.0", 4)]
    // Platelets (LLN 150): G1 75 ≤ v < LLN; G2 50 ≤ v < 75; G3 25 ≤ v < 50; G4 < 25
    [InlineData("Platelets: at LLN is 0", "PLATELETS", "150", "150", 0)]
    [InlineData("Platelets: G1 <LLN", "PLATELETS", "149", "150", 1)]
    [InlineData("Platelets: G1 includes 75", "PLATELETS", "75", "150", 1)]
    [InlineData("Platelets: G2 <75", "PLATELETS", "74.9", "150", 2)]
    [InlineData("Platelets: G2 includes 50", "PLATELETS", "50", "150", 2)]
    [InlineData("Platelets: G3 <50", "PLATELETS", "49.9", "150", 3)]
    [InlineData("Platelets: G3 includes 25", "PLATELETS", "25", "150", 3)]
    [InlineData("Platelets: G4 <25", "PLATELETS", "24.9", "150", 4)]
    // Counts: an LLN below the grade-1 floor: a value below LLN takes its absolute band
    [InlineData("Neutrophils, LLN 1.4 below the G1 floor: 1.39 is G2", "NEUTROPHILS", "1.39", "1.4", 2)]
    [InlineData("Neutrophils, LLN 1.4 below the G1 floor: 1.45 is 0", "NEUTROPHILS", "1.45", "1.4", 0)]
    // Haemoglobin (LLN 12.0 g/dL): G1 10.0 ≤ v < LLN; G2 8.0 ≤ v < 10.0; G3 < 8.0; never G4 from a value
    [InlineData("Hemoglobin: at LLN is 0", "HEMOGLOBIN", "12.0", "12.0", 0)]
    [InlineData("Hemoglobin: G1 <LLN", "HEMOGLOBIN", "11.9", "12.0", 1)]
    [InlineData("Hemoglobin: G1 includes 10.0", "HEMOGLOBIN", "10.0", "12.0", 1)]
    [InlineData("Hemoglobin: G2 <10.0", "HEMOGLOBIN", "9.9", "12.0", 2)]
    [InlineData("Hemoglobin: G2 includes 8.0", "HEMOGLOBIN", "8.0", "12.0", 2)]
    [InlineData("Hemoglobin: G3 <8.0", "HEMOGLOBIN", "7.9", "12.0", 3)]
    [InlineData("Hemoglobin: G4 is clinical, never from a value", "HEMOGLOBIN", "2.0", "12.0", 3)]
    public void LoweredRows(string source, string test, string value, string lln, int grade)
    {
        var unit = test == "HEMOGLOBIN" ? "g/dL" : "10*9/L";
        Assert.True(GradeOf(Lower(test, value, lln, unit)) == grade, source);
    }

    [Theory]
    // Fever: 0 below 38.0; G1 38.0 - 39.0; G2 >39.0 - 40.0; G3 >40.0 for ≤24 h; G4 >40.0 for >24 h
    [InlineData("Fever: below 38.0 is 0", "37.9", "Cel", null, 0)]
    [InlineData("Fever: G1 includes 38.0", "38.0", "Cel", null, 1)]
    [InlineData("Fever: G1 includes 39.0", "39.0", "Cel", null, 1)]
    [InlineData("Fever: G2 >39.0", "39.01", "Cel", null, 2)]
    [InlineData("Fever: G2 includes 40.0", "40.0", "Cel", null, 2)]
    [InlineData("Fever: G3 >40.0 for ≤24 h (24 h included)", "40.1", "Cel", "24", 3)]
    [InlineData("Fever: G4 >40.0 for >24 h", "40.1", "Cel", "24.5", 4)]
    [InlineData("Fever in °F: 100.4 [degF] is 38.0 °C, G1", "100.4", "[degF]", null, 1)]
    [InlineData("Fever in °F: 100.3 [degF] is below 38.0 °C", "100.3", "[degF]", null, 0)]
    [InlineData("Fever in °F: 104.0 [degF] is 40.0 °C, G2", "104.0", "[degF]", null, 2)]
    [InlineData("Fever in °F: 104.1 [degF] is above 40.0 °C, G3 for 2 h", "104.1", "[degF]", "2", 3)]
    public void FeverRows(string source, string value, string unit, string? hours, int grade) =>
        Assert.True(GradeOf(new LabCase("TEMPERATURE", D(value), unit, null, null, null, D(hours))) == grade, source);

    [Theory]
    // Units: 1 ×10^9/L = 1000 /uL; 10 g/L = 1 g/dL; 1 mmol/L = 1.6114 g/dL (issue 9)
    [InlineData("Counts: 1500 /uL is 1.5 ×10^9/L, G1 boundary included", "NEUTROPHILS", "1500", "2000", "/uL", 1)]
    [InlineData("Counts: 1499 /uL is below 1.5 ×10^9/L, G2", "NEUTROPHILS", "1499", "2000", "/uL", 2)]
    [InlineData("Hb: 100 g/L is 10.0 g/dL, G1", "HEMOGLOBIN", "100", "120", "g/L", 1)]
    [InlineData("Hb: 99 g/L is 9.9 g/dL, G2", "HEMOGLOBIN", "99", "120", "g/L", 2)]
    [InlineData("Hb: 6.21 mmol/L is 10.0068 g/dL, G1", "HEMOGLOBIN", "6.21", "7.4", "mmol/L", 1)]
    [InlineData("Hb: 6.2 mmol/L is 9.99068 g/dL, G2", "HEMOGLOBIN", "6.2", "7.4", "mmol/L", 2)]
    [InlineData("Hb: 4.96 mmol/L is 7.9925 g/dL, G3", "HEMOGLOBIN", "4.96", "7.4", "mmol/L", 3)]
    public void UnitConversions(string source, string test, string value, string lln, string unit, int grade) =>
        Assert.True(GradeOf(Lower(test, value, lln, unit)) == grade, source);

    [Fact]
    public void RatioTests_TakeEitherUnitOfTheirOwn_AndReportTermAndVersion()
    {
        var grade = CtcaeLabGrader.Grade(Upper("BILIRUBIN", "1.8", "1.2", unit: "mg/dL")).Value;

        Assert.Equal(new LabGrade("Blood bilirubin increased", 1, "5.0"), grade);
    }

    [Theory]
    [InlineData("ALT", "Alanine aminotransferase increased")]
    [InlineData("AST", "Aspartate aminotransferase increased")]
    [InlineData("ALP", "Alkaline phosphatase increased")]
    [InlineData("GGT", "GGT increased")]
    [InlineData("BILIRUBIN", "Blood bilirubin increased")]
    [InlineData("CREATININE", "Creatinine increased")]
    [InlineData("CK", "CPK increased")]
    [InlineData("NEUTROPHILS", "Neutrophil count decreased")]
    [InlineData("LYMPHOCYTES", "Lymphocyte count decreased")]
    [InlineData("WBC", "White blood cell decreased")]
    [InlineData("PLATELETS", "Platelet count decreased")]
    [InlineData("HEMOGLOBIN", "Anemia")]
    [InlineData("TEMPERATURE", "Fever")]
    public void EveryTest_HasItsCtcaeTerm(string wireName, string term) => Assert.Equal(term, LabTests.FromWireName(wireName)!.Value.Term());

    [Theory]
    [InlineData("unknownTest", "BUN", "5", "U/L", "40", null, null, null)]
    [InlineData("unknownTest", "alt", "5", "U/L", "40", null, null, null)]
    [InlineData("unknownTest", null, "5", "U/L", "40", null, null, null)]
    [InlineData("unitNotAllowed", "ALT", "5", "umol/L", "40", null, null, null)]
    [InlineData("unitNotAllowed", "HEMOGLOBIN", "5", "/uL", null, "12", null, null)]
    [InlineData("unitNotAllowed", "TEMPERATURE", "38", "C", null, null, null, null)]
    [InlineData("unitNotAllowed", "ALT", "5", null, "40", null, null, null)]
    [InlineData("missingLimit", "ALT", "5", "U/L", null, "10", null, null)]
    [InlineData("missingLimit", "PLATELETS", "100", "10*9/L", "400", null, null, null)]
    [InlineData("nonPositiveLimit", "ALT", "5", "U/L", "0", null, null, null)]
    [InlineData("nonPositiveLimit", "WBC", "5", "10*9/L", null, "-4", null, null)]
    [InlineData("missingValue", "ALT", null, "U/L", "40", null, null, null)]
    [InlineData("negativeValue", "ALT", "-1", "U/L", "40", null, null, null)]
    [InlineData("nonPositiveBaseline", "ALT", "50", "U/L", "40", null, "0", null)]
    [InlineData("negativeDuration", "TEMPERATURE", "38", "Cel", null, null, null, "-1")]
    [InlineData("missingDuration", "TEMPERATURE", "40.1", "Cel", null, null, null, null)]
    [InlineData("missingDuration", "TEMPERATURE", "104.1", "[degF]", null, null, null, null)]
    [InlineData("outOfRange", "ALT", "1000000000000000.1", "U/L", "40", null, null, null)]
    public void CasesThatCannotBeGraded_NameTheirError(string code, string? test, string? value, string? unit, string? uln, string? lln, string? baseline, string? hours)
    {
        var result = CtcaeLabGrader.Grade(new LabCase(test, D(value), unit, D(uln), D(lln), D(baseline), D(hours)));

        Assert.Contains(code, result.Errors.Select(e => e.Code));
    }

    [Fact]
    public void EveryProblem_IsReported()
    {
        var result = CtcaeLabGrader.Grade(new LabCase("ALT", -1m, "g/dL", null, null, null, null));

        Assert.Equal(["missingLimit", "negativeValue", "unitNotAllowed"], result.Errors.Select(e => e.Code).Order(StringComparer.Ordinal));
    }
}
