using System.Globalization;
using System.Text;
using MndCare.Domain.Results;

namespace MndCare.Domain.Text;

/// <summary>Validates and normalizes text typed by people: NFC, trimmed, bounded, no control or bidi-override characters.</summary>
/// <remarks>
/// OWASP ASVS 5.0 V2.2.1 and the MndCare security test plan, part D4: NUL and other control characters are refused
/// (PostgreSQL text cannot store NUL); bidirectional overrides and isolates (U+202A-U+202E, U+2066-U+2069) and
/// U+200B are refused because they make a name display differently from what is stored. Markup is kept verbatim:
/// it is data, and every renderer encodes it. Length is counted in text elements, identically on every database.
/// </remarks>
public static class FreeText
{
    /// <summary>Normalizes an optional value: null or blank becomes null.</summary>
    /// <param name="value">The raw input.</param>
    /// <param name="field">The input's API name, used in errors.</param>
    /// <param name="maxLength">The largest length in text elements.</param>
    /// <param name="multiline">Whether line breaks and tabs are allowed.</param>
    public static Result<string?> Optional(string? value, string field, int maxLength, bool multiline = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Result<string?>.Success(null);
        }
        var required = Required(value, field, maxLength, multiline);
        return required.IsSuccess ? Result<string?>.Success(required.Value) : Result<string?>.Failure(required.Errors);
    }

    /// <summary>Normalizes a required value; blank is an error.</summary>
    /// <param name="value">The raw input.</param>
    /// <param name="field">The input's API name, used in errors.</param>
    /// <param name="maxLength">The largest length in text elements.</param>
    /// <param name="multiline">Whether line breaks and tabs are allowed.</param>
    public static Result<string> Required(string? value, string field, int maxLength, bool multiline = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        if (string.IsNullOrWhiteSpace(value))
        {
            return new ValidationError(field, ValidationError.Required, $"{field} is required.");
        }
        if (!IsWellFormedUtf16(value))
        {
            return new ValidationError(field, "invalidCharacters", $"{field} contains an invalid character.");
        }
        var normalized = value.Normalize(NormalizationForm.FormC).Trim();
        foreach (var rune in normalized.EnumerateRunes())
        {
            if (IsRefused(rune, multiline))
            {
                return new ValidationError(field, "invalidCharacters",
                    $"{field} contains a control or direction-override character (U+{rune.Value:X4}).");
            }
        }
        var length = new StringInfo(normalized).LengthInTextElements;
        if (length > maxLength)
        {
            return new ValidationError(field, "tooLong", $"{field} is longer than {maxLength} characters.");
        }
        return normalized;
    }

    private static bool IsRefused(Rune rune, bool multiline)
    {
        if (multiline && (rune.Value is '\n' or '\r' or '\t'))
        {
            return false;
        }
        return Rune.GetUnicodeCategory(rune) == UnicodeCategory.Control
            || rune.Value is >= 0x202A and <= 0x202E
            || rune.Value is >= 0x2066 and <= 0x2069
            || rune.Value is 0x200B or 0xFEFF;
    }

    private static bool IsWellFormedUtf16(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]))
                {
                    return false;
                }
                i++;
            }
            else if (char.IsLowSurrogate(c))
            {
                return false;
            }
        }
        return true;
    }
}
