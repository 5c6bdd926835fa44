using MndCare.Domain.Results;

namespace MndCare.Domain.CellProducts;

/// <summary>A product's code (e.g. UCMSC-IV): 2-16 capitals, digits and single hyphens, starting with a letter.</summary>
/// <remarks>A clinic may hold an ISBT 128 Product Description Code here under its own ICCBBA licence (docs/therapy/cell-product.md, "Codes", [S24][S87]).</remarks>
public readonly record struct ProductCode
{
    /// <summary>Longest product code.</summary>
    public const int MaxLength = 16;

    /// <summary>The API name of the field.</summary>
    public const string Field = "productCode";

    private ProductCode(string value) => Value = value;

    /// <summary>The product code, in capitals.</summary>
    public string Value { get; }

    /// <summary>A checked product code; lower case is accepted and written in capitals.</summary>
    /// <param name="text">The typed product code.</param>
    public static Result<ProductCode> Create(string? text) =>
        CodeFormat.Check(text, Field, 2, MaxLength, firstMustBeLetter: true, needsDigit: false) is { } error ? error
            : new ProductCode(text!.Trim().ToUpperInvariant());

    /// <inheritdoc/>
    public override string ToString() => Value;
}

/// <summary>The shared shape of lot numbers and product codes.</summary>
internal static class CodeFormat
{
    public static ValidationError? Check(string? text, string field, int minLength, int maxLength, bool firstMustBeLetter, bool needsDigit)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new ValidationError(field, ValidationError.Required, $"{field} is required.");
        }
        var code = text.Trim().ToUpperInvariant();
        var wellFormed = code.Length >= minLength && code.Length <= maxLength
            && code.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '-')
            && (firstMustBeLetter ? char.IsAsciiLetterUpper(code[0]) : code[0] != '-')
            && code[^1] != '-' && !code.Contains("--", StringComparison.Ordinal)
            && (!needsDigit || code.Any(char.IsAsciiDigit));
        return wellFormed ? null : new ValidationError(field, CellProductErrorCodes.InvalidFormat,
            $"{field} has {minLength} to {maxLength} capitals, digits and single hyphens" + (needsDigit ? ", with at least one digit." : ", starting with a letter."));
    }
}
