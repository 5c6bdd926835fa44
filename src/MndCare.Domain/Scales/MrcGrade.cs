using MndCare.Domain.Results;

namespace MndCare.Domain.Scales;

/// <summary>One muscle's Medical Research Council strength grade, 0-5, with an optional − or + modifier.</summary>
/// <remarks>Medical Research Council. Aids to the investigation of peripheral nerve injuries, Memorandum No. 45
/// (1976): 0 no contraction … 5 normal power. Intermediate grades (4−, 4+) are common in practice; they count as
/// their whole grade in a sum (docs/instruments/other-scales.md).</remarks>
public readonly record struct MrcGrade
{
    /// <summary>Weakest grade: no contraction.</summary>
    public const int Min = 0;

    /// <summary>Strongest grade: normal power.</summary>
    public const int Max = 5;

    private MrcGrade(int value, int modifier)
    {
        Value = value;
        Modifier = modifier;
    }

    /// <summary>The whole grade, 0-5.</summary>
    public int Value { get; }

    /// <summary>−1 for "−", +1 for "+", 0 for none.</summary>
    public int Modifier { get; }

    /// <summary>Parses "0".."5" with an optional trailing "-" or "+" (not on 0 or 5).</summary>
    /// <param name="text">The grade as written, for example "4-".</param>
    /// <param name="field">The muscle's name, used in errors.</param>
    public static Result<MrcGrade> Parse(string? text, string field)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        var modifier = trimmed.EndsWith('-') || trimmed.EndsWith('−') ? -1 : trimmed.EndsWith('+') ? 1 : 0;
        var digits = modifier == 0 ? trimmed : trimmed[..^1];
        if (digits.Length != 1 || !char.IsAsciiDigit(digits[0]) || digits[0] - '0' > Max || (modifier != 0 && digits[0] is '0' or '5'))
        {
            return new ValidationError(field, "invalidGrade", $"{field}: an MRC grade is 0-5, optionally 1-4 with − or +.");
        }
        return new MrcGrade(digits[0] - '0', modifier);
    }

    /// <inheritdoc />
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture) + (Modifier switch { < 0 => "-", > 0 => "+", _ => string.Empty });
}
