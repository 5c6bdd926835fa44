using System.Globalization;
using MndCare.Domain.Results;

namespace MndCare.Domain.CellProducts;

/// <summary>The code of one unit (bag or vial): its lot number, "-U", a three-digit sequence and a check character.</summary>
/// <remarks>
/// 21 CFR 1271.290(c) (P1271-T): distinct, relates the unit to its lot and donor, and carries no patient name or MRN;
/// the check character catches a mistyped code at the bedside (docs/therapy/cell-product.md, "Codes").
/// </remarks>
public readonly record struct UnitCode
{
    /// <summary>The separator between the lot number and the sequence.</summary>
    public const string Separator = "-U";

    /// <summary>The most units a lot may have (three-digit sequence).</summary>
    public const int MaxSequence = 999;

    /// <summary>The API name of the field.</summary>
    public const string Field = "unitCode";

    private UnitCode(LotNumber lotNumber, int sequence, string value)
    {
        LotNumber = lotNumber;
        Sequence = sequence;
        Value = value;
    }

    /// <summary>The lot the unit belongs to.</summary>
    public LotNumber LotNumber { get; }

    /// <summary>The unit's number within its lot, from 1.</summary>
    public int Sequence { get; }

    /// <summary>The code, in capitals (e.g. UCM2612-01-U007 plus its check character).</summary>
    public string Value { get; }

    /// <summary>The code of unit <paramref name="sequence"/> of lot <paramref name="lotNumber"/>.</summary>
    /// <param name="lotNumber">The lot.</param>
    /// <param name="sequence">1 to <see cref="MaxSequence"/>.</param>
    public static UnitCode For(LotNumber lotNumber, int sequence)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, MaxSequence);
        var withoutCheck = lotNumber.Value + Separator + sequence.ToString("D3", CultureInfo.InvariantCulture);
        return new UnitCode(lotNumber, sequence, withoutCheck + CheckCharacter.For(Payload(withoutCheck), CheckCharacter.Base36));
    }

    /// <summary>A checked, scanned or typed code; lower case is accepted.</summary>
    /// <param name="text">The code.</param>
    public static Result<UnitCode> Create(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new ValidationError(Field, ValidationError.Required, "unitCode is required.");
        }
        var code = text.Trim().ToUpperInvariant();
        var at = code.LastIndexOf(Separator, StringComparison.Ordinal);
        var tail = at < 0 ? string.Empty : code[(at + Separator.Length)..];
        var lot = at < 0 ? default(Result<LotNumber>?) : LotNumber.Create(code[..at]);
        if (lot is not { IsSuccess: true } || tail.Length != 4 || !tail[..3].All(char.IsAsciiDigit)
            || !CheckCharacter.Base36.Contains(tail[3], StringComparison.Ordinal) || tail[..3] == "000")
        {
            return new ValidationError(Field, CellProductErrorCodes.InvalidFormat,
                "unitCode is the lot number, -U, a three-digit unit number and a check character.");
        }
        return CheckCharacter.IsValid(Payload(code), CheckCharacter.Base36)
            ? new UnitCode(lot.Value.Value, int.Parse(tail[..3], CultureInfo.InvariantCulture), code)
            : new ValidationError(Field, CellProductErrorCodes.CheckCharacterMismatch, "unitCode has a typing error (its check character does not match).");
    }

    /// <inheritdoc/>
    public override string ToString() => Value;

    private static string Payload(string code) => code.Replace("-", string.Empty, StringComparison.Ordinal);
}
