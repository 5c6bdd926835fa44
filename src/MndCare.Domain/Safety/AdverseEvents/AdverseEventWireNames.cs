namespace MndCare.Domain.Safety.AdverseEvents;

/// <summary>The exact, case-sensitive strings that stand for adverse-event values in the API and on pages: the enum name in
/// camelCase (<c>lifeThreatening</c>, <c>patientReport</c>).</summary>
public static class AdverseEventWireNames
{
    /// <summary>The wire name of a value.</summary>
    /// <param name="value">A defined enum value.</param>
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum
    {
        var name = Enum.GetName(value) ?? throw new ArgumentOutOfRangeException(nameof(value));
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    /// <summary>The value a wire name stands for (exact match); null for anything else.</summary>
    /// <param name="wire">The wire name.</param>
    public static TEnum? Parse<TEnum>(string? wire) where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Where(v => Of(v) == wire).Select(v => (TEnum?)v).FirstOrDefault();
}
