using MndCare.Domain.Results;

namespace MndCare.Domain.CellProducts;

/// <summary>The code of an umbilical-cord donor: "UCD-", seven base-32 characters with at least one digit, and a check character.</summary>
/// <remarks>
/// 21 CFR 1271.290(c) (P1271-T): never a name or a medical record number. The fixed prefix, the digit and the check
/// character mean a name, a typed MRN or a mistyped code is refused (docs/therapy/cell-product.md, "Codes").
/// </remarks>
public readonly record struct DonorCode
{
    /// <summary>The fixed prefix.</summary>
    public const string Prefix = "UCD-";

    /// <summary>Characters between the prefix and the check character.</summary>
    public const int BodyLength = 7;

    /// <summary>The API name of the field.</summary>
    public const string Field = "donorCode";

    private DonorCode(string value) => Value = value;

    /// <summary>The code, in capitals (e.g. UCD-0000001 plus its check character).</summary>
    public string Value { get; }

    /// <summary>A checked code; lower case is accepted and written in capitals.</summary>
    /// <param name="text">The typed or scanned code.</param>
    public static Result<DonorCode> Create(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new ValidationError(Field, ValidationError.Required, "donorCode is required.");
        }
        var code = text.Trim().ToUpperInvariant();
        var body = code.Length == Prefix.Length + BodyLength + 1 && code.StartsWith(Prefix, StringComparison.Ordinal)
            ? code[Prefix.Length..] : null;
        if (body is null || !body.All(c => CheckCharacter.Base32.Contains(c, StringComparison.Ordinal)) || !body[..BodyLength].Any(char.IsAsciiDigit))
        {
            return new ValidationError(Field, CellProductErrorCodes.InvalidFormat,
                $"donorCode is {Prefix} followed by {BodyLength} characters (digits and capitals without I, L, O, U; at least one digit) and a check character.");
        }
        return CheckCharacter.IsValid(body, CheckCharacter.Base32)
            ? new DonorCode(code)
            : new ValidationError(Field, CellProductErrorCodes.CheckCharacterMismatch, "donorCode has a typing error (its check character does not match).");
    }

    /// <summary>The code the clinic assigns to its <paramref name="sequence"/>-th donor.</summary>
    /// <param name="sequence">1 or more; the body is the number in base 32, so it always starts with a digit.</param>
    public static DonorCode FromSequence(int sequence)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        var body = new char[BodyLength];
        var rest = sequence;
        for (var i = BodyLength - 1; i >= 0; i--)
        {
            body[i] = CheckCharacter.Base32[rest % 32];
            rest /= 32;
        }
        var payload = new string(body);
        return new DonorCode(Prefix + payload + CheckCharacter.For(payload, CheckCharacter.Base32));
    }

    /// <inheritdoc/>
    public override string ToString() => Value;
}
