using System.Text;

namespace MndCare.Domain.Infusions;

/// <summary>Normalises a wristband or unit code as scanned or typed, so that the same code always compares equal.</summary>
/// <remarks>Unicode NFKC (full-width letters and digits typed with a Chinese input method become ASCII), then surrounding
/// white space and the scanner's line ends removed, then upper case (invariant). Codes are compared, and unit codes
/// should be stored, in this form. A malformed UTF-16 code (a lone surrogate) keeps U+FFFD in its place and so matches
/// nothing. docs/therapy/infusion.md, "Bedside identity check".</remarks>
public static class BedsideCode
{
    /// <summary>Longest code accepted, in characters after normalising.</summary>
    public const int MaxLength = 64;

    /// <summary>The normalised code; empty for null or blank input.</summary>
    /// <param name="scanned">The code as scanned or typed.</param>
    public static string Normalise(string? scanned) =>
        string.IsNullOrWhiteSpace(scanned) ? string.Empty : WellFormed(scanned).Normalize(NormalizationForm.FormKC).Trim().ToUpperInvariant();

    // string.Normalize throws on a lone surrogate; a round trip through UTF-8 replaces it with U+FFFD.
    private static string WellFormed(string text) => Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text));
}
