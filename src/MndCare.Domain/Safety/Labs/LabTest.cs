namespace MndCare.Domain.Safety.Labs;

/// <summary>A laboratory test (or temperature) that MndCare grades by CTCAE v5.0.</summary>
/// <remarks>The list of issue 9; terms and rows in docs/instruments/grade-contract.md (CTCAE v5.0, NCI 2017).</remarks>
public enum LabTest
{
    /// <summary>Alanine aminotransferase.</summary>
    Alt,

    /// <summary>Aspartate aminotransferase.</summary>
    Ast,

    /// <summary>Alkaline phosphatase.</summary>
    Alp,

    /// <summary>Gamma-glutamyl transferase.</summary>
    Ggt,

    /// <summary>Total bilirubin.</summary>
    Bilirubin,

    /// <summary>Serum creatinine.</summary>
    Creatinine,

    /// <summary>Creatine kinase.</summary>
    Ck,

    /// <summary>Absolute neutrophil count.</summary>
    Neutrophils,

    /// <summary>Absolute lymphocyte count.</summary>
    Lymphocytes,

    /// <summary>White blood cell count.</summary>
    Wbc,

    /// <summary>Platelet count.</summary>
    Platelets,

    /// <summary>Haemoglobin.</summary>
    Hemoglobin,

    /// <summary>Body temperature.</summary>
    Temperature,
}

/// <summary>Which reference limit a test is graded against.</summary>
public enum LimitKind
{
    /// <summary>The upper limit of normal (ULN): raised values are adverse.</summary>
    Upper,

    /// <summary>The lower limit of normal (LLN): lowered values are adverse.</summary>
    Lower,

    /// <summary>No limit: absolute thresholds (temperature).</summary>
    None,
}

/// <summary>Wire names, CTCAE terms and limit kinds of <see cref="LabTest"/>.</summary>
/// <remarks>Terms in MedDRA wording as CTCAE v5.0 writes them (NCI, 27 Nov 2017).</remarks>
public static class LabTests
{
    /// <summary>The CTCAE version every grade is given in.</summary>
    public const string CtcaeVersion = "5.0";

    /// <summary>The test's wire name (as in `mndcare grade` and the API), for example "ALT".</summary>
    /// <param name="test">The test.</param>
    public static string WireName(this LabTest test) => test switch
    {
        LabTest.Alt => "ALT",
        LabTest.Ast => "AST",
        LabTest.Alp => "ALP",
        LabTest.Ggt => "GGT",
        LabTest.Bilirubin => "BILIRUBIN",
        LabTest.Creatinine => "CREATININE",
        LabTest.Ck => "CK",
        LabTest.Neutrophils => "NEUTROPHILS",
        LabTest.Lymphocytes => "LYMPHOCYTES",
        LabTest.Wbc => "WBC",
        LabTest.Platelets => "PLATELETS",
        LabTest.Hemoglobin => "HEMOGLOBIN",
        LabTest.Temperature => "TEMPERATURE",
        _ => throw new ArgumentOutOfRangeException(nameof(test), test, null),
    };

    /// <summary>The CTCAE v5.0 term an abnormal result of the test is graded under.</summary>
    /// <param name="test">The test.</param>
    public static string Term(this LabTest test) => test switch
    {
        LabTest.Alt => "Alanine aminotransferase increased",
        LabTest.Ast => "Aspartate aminotransferase increased",
        LabTest.Alp => "Alkaline phosphatase increased",
        LabTest.Ggt => "GGT increased",
        LabTest.Bilirubin => "Blood bilirubin increased",
        LabTest.Creatinine => "Creatinine increased",
        LabTest.Ck => "CPK increased",
        LabTest.Neutrophils => "Neutrophil count decreased",
        LabTest.Lymphocytes => "Lymphocyte count decreased",
        LabTest.Wbc => "White blood cell decreased",
        LabTest.Platelets => "Platelet count decreased",
        LabTest.Hemoglobin => "Anemia",
        LabTest.Temperature => "Fever",
        _ => throw new ArgumentOutOfRangeException(nameof(test), test, null),
    };

    /// <summary>The reference limit the test needs.</summary>
    /// <param name="test">The test.</param>
    public static LimitKind Limit(this LabTest test) => test switch
    {
        LabTest.Alt or LabTest.Ast or LabTest.Alp or LabTest.Ggt or LabTest.Bilirubin or LabTest.Creatinine or LabTest.Ck => LimitKind.Upper,
        LabTest.Neutrophils or LabTest.Lymphocytes or LabTest.Wbc or LabTest.Platelets or LabTest.Hemoglobin => LimitKind.Lower,
        LabTest.Temperature => LimitKind.None,
        _ => throw new ArgumentOutOfRangeException(nameof(test), test, null),
    };

    /// <summary>The test with this wire name (exact, upper case), or null.</summary>
    /// <param name="wireName">For example "ALT".</param>
    public static LabTest? FromWireName(string? wireName) =>
        Enum.GetValues<LabTest>().Select(t => (LabTest?)t).FirstOrDefault(t => t!.Value.WireName() == wireName);
}
