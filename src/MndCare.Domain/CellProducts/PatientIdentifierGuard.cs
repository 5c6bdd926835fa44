using MndCare.Domain.Results;

namespace MndCare.Domain.CellProducts;

/// <summary>Refuses a product code that contains a patient's medical record number.</summary>
/// <remarks>
/// 21 CFR 1271.290(c) (security test plan P1271-T): the distinct identification code "may not include an individual's
/// name, social security number, or medical record number". The code formats already exclude names; lot numbers come
/// from the manufacturer, so the clinic's MRNs are checked as well (docs/therapy/cell-product.md, "Codes").
/// </remarks>
public static class PatientIdentifierGuard
{
    /// <summary>Shortest MRN compared, in letters and digits; a shorter one would match unrelated codes by chance.</summary>
    public const int MinComparedLength = 4;

    /// <summary>An error when <paramref name="code"/> contains any of <paramref name="medicalRecordNumbers"/>, ignoring case and
    /// punctuation; otherwise null.</summary>
    /// <param name="field">The input's API name.</param>
    /// <param name="code">The code to check.</param>
    /// <param name="medicalRecordNumbers">The clinic's MRNs.</param>
    public static ValidationError? Check(string field, string code, IEnumerable<string> medicalRecordNumbers)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(medicalRecordNumbers);
        var folded = Fold(code);
        foreach (var mrn in medicalRecordNumbers)
        {
            var foldedMrn = Fold(mrn);
            if (foldedMrn.Length >= MinComparedLength && folded.Contains(foldedMrn, StringComparison.Ordinal))
            {
                return new ValidationError(field, CellProductErrorCodes.ContainsPatientIdentifier,
                    $"{field} contains a patient's medical record number.");
            }
        }
        return null;
    }

    private static string Fold(string text) => string.Concat(text.Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant));
}
