using System.Text.Json;
using MndCare.Persistence;

namespace MndCare.Application.Reports;

/// <summary>Stores a report document as JSON and reads it back exactly.</summary>
public static class ReportJson
{
    // Fields are included because key-value items are tuples.
    private static readonly JsonSerializerOptions Options = CreateOptions();

    /// <summary>The document as JSON.</summary>
    public static string Serialize(ReportDocument document) => JsonSerializer.Serialize(document, Options);

    /// <summary>The document stored as <paramref name="json"/>.</summary>
    public static ReportDocument Deserialize(string json) =>
        JsonSerializer.Deserialize<ReportDocument>(json, Options) ?? throw new InvalidOperationException("A stored report was null.");

    private static JsonSerializerOptions CreateOptions()
    {
        var options = StoredJson.Strict(JsonSerializerDefaults.Web);
        options.IncludeFields = true;
        return options;
    }
}
