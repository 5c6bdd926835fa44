using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MndCare.Persistence.Configurations;

/// <summary>Stores an immutable value object as a JSON text column (camelCase, the API's wire names).</summary>
internal static class JsonColumn
{
    private static readonly JsonSerializerOptions Options = StoredJson.Strict(JsonSerializerDefaults.Web);

    public static PropertyBuilder<T> HasJsonConversion<T>(this PropertyBuilder<T> property) where T : class
    {
        ArgumentNullException.ThrowIfNull(property);
        // Values are immutable and replaced whole: the snapshot is the value itself, and only a new value needs comparing.
        var comparer = new ValueComparer<T>(
            (a, b) => ReferenceEquals(a, b) || Serialize(a) == Serialize(b),
            v => Serialize(v).GetHashCode(StringComparison.Ordinal),
            v => v);
        return property.HasConversion(v => Serialize(v), v => Deserialize<T>(v), comparer).IsRequired();
    }

    private static string Serialize<T>(T? value) => JsonSerializer.Serialize(value, Options);

    private static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new InvalidOperationException("A JSON column held null.");
}
