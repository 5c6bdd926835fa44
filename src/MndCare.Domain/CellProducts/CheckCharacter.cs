namespace MndCare.Domain.CellProducts;

/// <summary>Luhn mod N check characters: one mistyped character never passes, nor two swapped neighbours (except the alphabet's
/// first and last character, as 0 and 9 in Luhn's own digits).</summary>
/// <remarks>docs/therapy/cell-product.md, "Codes": the Luhn algorithm generalised to an alphabet of N characters.</remarks>
internal static class CheckCharacter
{
    /// <summary>Crockford's base-32 alphabet: digits and capitals without I, L, O and U (never read as 1, 0 or a word).</summary>
    public const string Base32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>Digits and capital Latin letters.</summary>
    public const string Base36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    /// <summary>The check character for <paramref name="payload"/>; every payload character is in <paramref name="alphabet"/>.</summary>
    public static char For(string payload, string alphabet) => alphabet[(alphabet.Length - Sum(payload, alphabet, doubleFirst: true)) % alphabet.Length];

    /// <summary>Whether the last character of <paramref name="codeWithCheck"/> is the check character of the rest.</summary>
    public static bool IsValid(string codeWithCheck, string alphabet) => Sum(codeWithCheck, alphabet, doubleFirst: false) == 0;

    private static int Sum(string text, string alphabet, bool doubleFirst)
    {
        var n = alphabet.Length;
        var factor = doubleFirst ? 2 : 1;
        var sum = 0;
        for (var i = text.Length - 1; i >= 0; i--)
        {
            var addend = factor * alphabet.IndexOf(text[i], StringComparison.Ordinal);
            sum += (addend / n) + (addend % n);
            factor = factor == 2 ? 1 : 2;
        }
        return sum % n;
    }
}
