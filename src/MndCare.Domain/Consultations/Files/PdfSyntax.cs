using System.Buffers;

namespace MndCare.Domain.Consultations.Files;

/// <summary>The character classes of PDF syntax (ISO 32000-2, section 7.2.3) and integer parsing.</summary>
internal static class PdfSyntax
{
    private const int MaxIntegerDigits = 18;

    /// <summary>The six white-space bytes: NUL, TAB, LF, FF, CR and SPACE (table 1).</summary>
    public static ReadOnlySpan<byte> WhitespaceBytes => [0x00, 0x09, 0x0A, 0x0C, 0x0D, 0x20];

    /// <summary>White-space bytes, for fast searching.</summary>
    public static readonly SearchValues<byte> Whitespace = SearchValues.Create(WhitespaceBytes);

    /// <summary>White space and the delimiters ( ) &lt; &gt; [ ] { } / %: every byte that ends a regular-character run.</summary>
    public static readonly SearchValues<byte> NotRegular = SearchValues.Create("\0\t\n\f\r ()<>[]{}/%"u8);

    /// <summary>The bytes a number is made of (section 7.3.3).</summary>
    public static readonly SearchValues<byte> NumberCharacters = SearchValues.Create("+-.0123456789"u8);

    /// <summary>The bytes that matter inside a literal string: parentheses and the backslash escape.</summary>
    public static readonly SearchValues<byte> LiteralStringSpecials = SearchValues.Create("()\\"u8);

    /// <summary>True for a white-space byte.</summary>
    public static bool IsWhitespace(byte value) => Whitespace.Contains(value);

    /// <summary>True for a byte that may appear in a name, number or keyword.</summary>
    public static bool IsRegular(byte value) => !NotRegular.Contains(value);

    /// <summary>Parses a non-negative integer of at most 18 digits, with an optional plus sign.</summary>
    /// <param name="text">The token text.</param>
    /// <param name="value">The value, when the text is such an integer.</param>
    public static bool TryParseUnsigned(ReadOnlySpan<byte> text, out long value)
    {
        value = 0;
        if (!text.IsEmpty && text[0] == (byte)'+')
        {
            text = text[1..];
        }
        if (text.IsEmpty || text.Length > MaxIntegerDigits)
        {
            return false;
        }
        foreach (var digit in text)
        {
            if (digit is < (byte)'0' or > (byte)'9')
            {
                value = 0;
                return false;
            }
            value = (value * 10) + (digit - '0');
        }
        return true;
    }
}
