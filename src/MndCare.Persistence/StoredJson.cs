using System.Text.Json;
using System.Text.Json.Serialization;

namespace MndCare.Persistence;

/// <summary>Serializer options for JSON kept in the database: a property the reading code does not know is an error.</summary>
/// <remarks>A stored value that does not fit its type must fail loudly, never lose data silently on the next save.</remarks>
public static class StoredJson
{
    /// <summary>Strict options on top of <paramref name="defaults"/>: unknown and duplicate properties are refused.</summary>
    /// <param name="defaults">The naming and number conventions of the stored values.</param>
    public static JsonSerializerOptions Strict(JsonSerializerDefaults defaults) => new(defaults)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowDuplicateProperties = false,
    };
}
