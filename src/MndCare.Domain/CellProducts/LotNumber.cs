using System.Text.RegularExpressions;
using MndCare.Domain.Results;

namespace MndCare.Domain.CellProducts;

/// <summary>A manufacturer's lot number: 4-20 capitals, digits and single hyphens, with at least one digit.</summary>
/// <remarks>Capitals, digits and hyphens only, so no name in any script fits, and a digit so no word does; the shapes of a US
/// social security number and a Chinese resident identity number are refused (21 CFR 1271.290(c));
/// MRNs are refused by <see cref="PatientIdentifierGuard"/> (docs/therapy/cell-product.md, "Codes").</remarks>
public readonly partial record struct LotNumber
{
    /// <summary>Shortest lot number.</summary>
    public const int MinLength = 4;

    /// <summary>Longest lot number.</summary>
    public const int MaxLength = 20;

    /// <summary>The API name of the field.</summary>
    public const string Field = "lotNumber";

    private LotNumber(string value) => Value = value;

    /// <summary>The lot number, in capitals.</summary>
    public string Value { get; }

    /// <summary>A checked lot number; lower case is accepted and written in capitals.</summary>
    /// <param name="text">The typed lot number.</param>
    public static Result<LotNumber> Create(string? text)
    {
        if (CodeFormat.Check(text, Field, MinLength, MaxLength, firstMustBeLetter: false, needsDigit: true) is { } error)
        {
            return error;
        }
        var code = text!.Trim().ToUpperInvariant();
        return PersonalNumberShape().IsMatch(code)
            ? new ValidationError(Field, CellProductErrorCodes.ContainsPatientIdentifier, "lotNumber has the shape of a personal identity number.")
            : new LotNumber(code);
    }

    // A US social security number (123-45-6789) or an 18-character Chinese resident identity number (17 digits and a digit or X).
    [GeneratedRegex(@"(?<![0-9])([0-9]{3}-[0-9]{2}-[0-9]{4}|[0-9]{17}[0-9X])(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex PersonalNumberShape();

    /// <inheritdoc/>
    public override string ToString() => Value;
}
