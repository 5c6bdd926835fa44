using System.Globalization;

namespace MndCare.Domain.Explanations;

/// <summary>One statement of why a clinical result came out as it did, or an informational note: a stable code and the
/// values it names.</summary>
/// <remarks>Domain results carry codes, never sentences; the application's clinical text catalogue renders them in the
/// reader's language, with English as the reference text (docs/instruments/README.md). Codes are listed in
/// <see cref="ReasonCodes"/>.</remarks>
public sealed class ClinicalReason : IEquatable<ClinicalReason>
{
    private readonly ReasonValue[] _values;

    /// <summary>A reason from its code and values.</summary>
    /// <param name="code">One of <see cref="ReasonCodes"/>.</param>
    /// <param name="values">The values the reason names, in the order its text uses them.</param>
    public ClinicalReason(string code, params ReadOnlySpan<ReasonValue> values)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        Code = code;
        _values = values.ToArray();
    }

    /// <summary>The stable code, for example "elEscorial.definite".</summary>
    public string Code { get; }

    /// <summary>The values the reason names (regions, item scores), in the order its text uses them.</summary>
    public IReadOnlyList<ReasonValue> Values => _values;

    /// <inheritdoc />
    public bool Equals(ClinicalReason? other) =>
        other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal) && _values.AsSpan().SequenceEqual(other._values);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ClinicalReason);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Code), _values.Length);

    /// <summary>The code and values, for logs and test failures (never shown to a reader).</summary>
    public override string ToString() =>
        _values.Length == 0 ? Code : Code + "(" + string.Join(", ", _values.Select(v => v.ToString())) + ")";
}

/// <summary>A value named in a <see cref="ClinicalReason"/>: a set of body regions, or a whole number such as an item score.</summary>
/// <param name="Kind">What the value is.</param>
/// <param name="Number">The number, or for regions a bit mask (bit n = <see cref="Criteria.Region"/> n).</param>
public readonly record struct ReasonValue(ReasonValueKind Kind, int Number)
{
    /// <summary>A set of regions given as a bit mask (bit n = <see cref="Criteria.Region"/> n).</summary>
    /// <param name="mask">The regions.</param>
    public static ReasonValue Regions(int mask) => new(ReasonValueKind.Regions, mask);

    /// <summary>A whole number, such as an ALSFRS-R item score.</summary>
    /// <param name="number">The number.</param>
    public static ReasonValue Whole(int number) => new(ReasonValueKind.Whole, number);

    /// <summary>The regions of a <see cref="ReasonValueKind.Regions"/> value, in rostro-caudal order.</summary>
    public IReadOnlyList<Criteria.Region> RegionList
    {
        get
        {
            if (Kind != ReasonValueKind.Regions)
            {
                throw new InvalidOperationException("The value is not a set of regions.");
            }
            var mask = Number;
            return [.. Enum.GetValues<Criteria.Region>().Where(r => (mask & (1 << (int)r)) != 0)];
        }
    }

    /// <inheritdoc />
    public override string ToString() => Kind == ReasonValueKind.Regions
        ? "regions[" + string.Join(",", RegionList) + "]"
        : Number.ToString(CultureInfo.InvariantCulture);
}

/// <summary>What a <see cref="ReasonValue"/> holds.</summary>
public enum ReasonValueKind
{
    /// <summary>A whole number.</summary>
    Whole,

    /// <summary>A set of body regions.</summary>
    Regions,
}
