namespace MndCare.Domain.Safety.Labs;

/// <summary>The UCUM units each test accepts and their conversion to the unit CTCAE's absolute thresholds use.</summary>
/// <remarks>UCUM codes of issue 9 (docs/instruments/grade-contract.md). Ratio tests compare value, ULN and baseline in
/// the same unit, so they are not converted; counts go to 10*9/L, haemoglobin to g/dL, temperature to Cel.</remarks>
public static class LabUnits
{
    /// <summary>Grams per decilitre in one millimole per litre of haemoglobin (monomer, 16.114 g/mol ÷ 10).</summary>
    /// <remarks>Issue 9 and the CTCAE facts sheet: 1 mmol/L = 1.6114 g/dL.</remarks>
    public const decimal HemoglobinGramsPerDecilitrePerMillimole = 1.6114m;

    /// <summary>Cells per microlitre in one 10^9 cells per litre (10^9 / 10^6 µL).</summary>
    public const decimal CellsPerMicrolitrePerGigaPerLitre = 1000m;

    /// <summary>The units the test accepts, as UCUM codes.</summary>
    /// <param name="test">The test.</param>
    public static IReadOnlyList<string> Allowed(LabTest test) => test switch
    {
        LabTest.Alt or LabTest.Ast or LabTest.Alp or LabTest.Ggt or LabTest.Ck => ["U/L"],
        LabTest.Bilirubin or LabTest.Creatinine => ["umol/L", "mg/dL"],
        LabTest.Neutrophils or LabTest.Lymphocytes or LabTest.Wbc or LabTest.Platelets => ["10*9/L", "/uL"],
        LabTest.Hemoglobin => ["g/dL", "g/L", "mmol/L"],
        LabTest.Temperature => ["Cel", "[degF]"],
        _ => throw new ArgumentOutOfRangeException(nameof(test), test, null),
    };

    /// <summary>A quantity of an allowed unit in the unit the grading rows use (itself for ratio tests).</summary>
    /// <param name="quantity">The number as measured.</param>
    /// <param name="unit">An allowed UCUM code of the test.</param>
    public static decimal ToGradingUnit(decimal quantity, string unit) => unit switch
    {
        "U/L" or "umol/L" or "mg/dL" or "10*9/L" or "g/dL" or "Cel" => quantity,
        "/uL" => quantity / CellsPerMicrolitrePerGigaPerLitre,
        "g/L" => quantity / 10m,
        "mmol/L" => checked(quantity * HemoglobinGramsPerDecilitrePerMillimole),
        "[degF]" => (quantity - 32m) / 1.8m,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Not an allowed unit."),
    };
}
