namespace MndCare.Domain.Safety.Labs;

/// <summary>A raised-value row: multiples of the reference (ULN or baseline) up to and including which grades 1-3 run; above the last, grade 4.</summary>
/// <param name="Grade1UpTo">Grade 1 up to and including this multiple.</param>
/// <param name="Grade2UpTo">Grade 2 up to and including this multiple.</param>
/// <param name="Grade3UpTo">Grade 3 up to and including this multiple.</param>
public sealed record RaisedRow(decimal Grade1UpTo, decimal Grade2UpTo, decimal Grade3UpTo);

/// <summary>A lowered-value row: absolute floors (included) of grades 1-3 below the LLN; under the last, grade 4.</summary>
/// <param name="Grade1From">Grade 1 from this value (included) up to the LLN.</param>
/// <param name="Grade2From">Grade 2 from this value.</param>
/// <param name="Grade3From">Grade 3 from this value.</param>
public sealed record LoweredRow(decimal Grade1From, decimal Grade2From, decimal Grade3From);

/// <summary>The numeric rows of CTCAE v5.0 that <see cref="CtcaeLabGrader"/> applies.</summary>
/// <remarks>CTCAE v5.0, NCI, 27 Nov 2017: Investigations; Blood and lymphatic system disorders (Anemia); General
/// disorders (Fever). Restated in docs/instruments/grade-contract.md.</remarks>
public static class CtcaeLabRows
{
    /// <summary>ALT, AST with a normal baseline: &gt;ULN - 3.0; &gt;3.0 - 5.0; &gt;5.0 - 20.0; &gt;20.0 × ULN.</summary>
    public static RaisedRow AminotransferaseOverUln { get; } = new(3.0m, 5.0m, 20.0m);

    /// <summary>ALT, AST with an abnormal baseline: 1.5 - 3.0; &gt;3.0 - 5.0; &gt;5.0 - 20.0; &gt;20.0 × baseline.</summary>
    public static RaisedRow AminotransferaseOverBaseline { get; } = new(3.0m, 5.0m, 20.0m);

    /// <summary>ALT, AST with an abnormal baseline: grade 1 starts at (includes) 1.5 × baseline.</summary>
    public const decimal AminotransferaseBaselineGrade1From = 1.5m;

    /// <summary>ALP, GGT with a normal baseline: &gt;ULN - 2.5; &gt;2.5 - 5.0; &gt;5.0 - 20.0; &gt;20.0 × ULN.</summary>
    public static RaisedRow PhosphataseOverUln { get; } = new(2.5m, 5.0m, 20.0m);

    /// <summary>ALP, GGT with an abnormal baseline: 2.0 - 2.5; &gt;2.5 - 5.0; &gt;5.0 - 20.0; &gt;20.0 × baseline.</summary>
    public static RaisedRow PhosphataseOverBaseline { get; } = new(2.5m, 5.0m, 20.0m);

    /// <summary>ALP, GGT with an abnormal baseline: grade 1 starts at (includes) 2.0 × baseline.</summary>
    public const decimal PhosphataseBaselineGrade1From = 2.0m;

    /// <summary>Blood bilirubin, either baseline: &gt;1.0 (ULN or baseline) - 1.5; &gt;1.5 - 3.0; &gt;3.0 - 10.0; &gt;10.0.</summary>
    public static RaisedRow Bilirubin { get; } = new(1.5m, 3.0m, 10.0m);

    /// <summary>Creatinine against the ULN: &gt;ULN - 1.5; &gt;1.5 - 3.0; &gt;3.0 - 6.0; &gt;6.0 × ULN.</summary>
    public static RaisedRow CreatinineOverUln { get; } = new(1.5m, 3.0m, 6.0m);

    /// <summary>Creatinine against the baseline: grade 2 above 1.5 × baseline (no grade 1 row).</summary>
    public const decimal CreatinineBaselineGrade2Above = 1.5m;

    /// <summary>Creatinine against the baseline: grade 3 above 3.0 × baseline (no grade 4 row).</summary>
    public const decimal CreatinineBaselineGrade3Above = 3.0m;

    /// <summary>CPK: &gt;ULN - 2.5; &gt;2.5 - 5.0; &gt;5.0 - 10.0; &gt;10.0 × ULN.</summary>
    public static RaisedRow CreatineKinase { get; } = new(2.5m, 5.0m, 10.0m);

    /// <summary>Neutrophil count decreased, 10^9/L: &lt;LLN - 1.5; &lt;1.5 - 1.0; &lt;1.0 - 0.5; &lt;0.5.</summary>
    public static LoweredRow Neutrophils { get; } = new(1.5m, 1.0m, 0.5m);

    /// <summary>Lymphocyte count decreased, 10^9/L: &lt;LLN - 0.8; &lt;0.8 - 0.5; &lt;0.5 - 0.2; &lt;0.2.</summary>
    public static LoweredRow Lymphocytes { get; } = new(0.8m, 0.5m, 0.2m);

    /// <summary>White blood cell decreased, 10^9/L: &lt;LLN - 3.0; &lt;3.0 - 2.0; &lt;2.0 - 1.0; &lt;1.0.</summary>
    public static LoweredRow WhiteCells { get; } = new(3.0m, 2.0m, 1.0m);

    /// <summary>Platelet count decreased, 10^9/L: &lt;LLN - 75; &lt;75 - 50; &lt;50 - 25; &lt;25.</summary>
    public static LoweredRow Platelets { get; } = new(75m, 50m, 25m);

    /// <summary>Anemia, g/dL: grade 1 &lt;LLN - 10.0.</summary>
    public const decimal HemoglobinGrade1From = 10.0m;

    /// <summary>Anemia, g/dL: grade 2 &lt;10.0 - 8.0; below 8.0 grade 3 (grade 4 is clinical, never from a value).</summary>
    public const decimal HemoglobinGrade2From = 8.0m;

    /// <summary>Temperature (°C) from which fever is grade 1 (CTCAE v5.0 Fever: 38.0 - 39.0 °C).</summary>
    public const decimal FeverGrade1FromCelsius = 38.0m;

    /// <summary>Temperature (°C) up to which fever is grade 1 (CTCAE v5.0 Fever).</summary>
    public const decimal FeverGrade1UpToCelsius = 39.0m;

    /// <summary>Temperature (°C) up to which fever is grade 2 (CTCAE v5.0 Fever: &gt;39.0 - 40.0 °C).</summary>
    public const decimal FeverGrade2UpToCelsius = 40.0m;

    /// <summary>Hours above 40.0 °C up to which fever is grade 3, beyond which grade 4 (CTCAE v5.0 Fever).</summary>
    public const decimal FeverGrade3UpToHours = 24m;
}
