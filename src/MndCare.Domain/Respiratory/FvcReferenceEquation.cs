namespace MndCare.Domain.Respiratory;

/// <summary>The reference equation set that produced a predicted FVC, stored with every % predicted value.</summary>
/// <remarks>docs/instruments/fvc-hankinson.md: always store the reference set with the % predicted value. GLI 2012 and GLI
/// Global 2022 (section 8.3) would be added here once their spline tables are imported.</remarks>
public enum FvcReferenceEquation
{
    /// <summary>Hankinson JL, Odencrantz JR, Fedan KB. AJRCCM 1999;159:179-187 (NHANES III).</summary>
    Hankinson1999,
}
