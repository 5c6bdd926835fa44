using System.Globalization;

namespace MndCare.Statistics.Input;

/// <summary>Reads a finite decimal number from a CSV field as R's <c>as.numeric</c> accepts it; empty, <c>NA</c>, text,
/// NaN and infinities are not numbers.</summary>
/// <remarks>Short decimals (at most 15 significant digits and 22 decimals) take Clinger's exact fast path: the digits as an
/// integer m &lt; 2⁵³ divided by 10^k, both exact doubles, rounds once, to the same double as a full parse
/// (Clinger WD. How to read floating point numbers accurately. PLDI 1990). Anything else goes to the runtime's parser.</remarks>
public static class CsvNumbers
{
    private const ulong ExactMantissaLimit = 1UL << 53;

    private static readonly double[] PowersOfTen =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];

    /// <summary>Parses <paramref name="utf8"/>; false when the field is not a finite number.</summary>
    /// <param name="utf8">The field's bytes, without quotes.</param>
    /// <param name="value">The number.</param>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out double value)
    {
        if (TryParseShortDecimal(utf8, out value))
        {
            return true;
        }
        return double.TryParse(utf8, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }

    private static bool TryParseShortDecimal(ReadOnlySpan<byte> s, out double value)
    {
        value = 0;
        var i = 0;
        var negative = false;
        if (s.Length > 0 && (s[0] == (byte)'-' || s[0] == (byte)'+'))
        {
            negative = s[0] == (byte)'-';
            i = 1;
        }
        ulong mantissa = 0;
        int digits = 0, decimals = 0;
        var seenPoint = false;
        for (; i < s.Length; i++)
        {
            var c = s[i];
            if (c == (byte)'.' && !seenPoint)
            {
                seenPoint = true;
                continue;
            }
            var digit = unchecked((uint)(c - (byte)'0'));
            if (digit > 9)
            {
                return false;
            }
            mantissa = (mantissa * 10) + digit;
            digits++;
            if (seenPoint)
            {
                decimals++;
            }
            if (mantissa >= ExactMantissaLimit || decimals >= PowersOfTen.Length)
            {
                return false;
            }
        }
        if (digits == 0)
        {
            return false;
        }
        value = mantissa / PowersOfTen[decimals];
        if (negative)
        {
            value = -value;
        }
        return true;
    }
}
