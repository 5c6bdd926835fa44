using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MndCare.Domain.Courses;
using MndCare.Domain.Patients;

namespace MndCare.Persistence.Configurations;

/// <summary>How course values are stored: a template as its wire-name document, lists as JSON of wire names.</summary>
internal static class CourseColumns
{
    private static readonly JsonSerializerOptions Options = StoredJson.Strict(JsonSerializerDefaults.Web);

    /// <summary>Stores a template as <see cref="CourseTemplateInput"/> JSON; reading it checks every rule again.</summary>
    public static PropertyBuilder<CourseTemplate> HasTemplateConversion(this PropertyBuilder<CourseTemplate> property) =>
        property.HasConversion(t => Write(t), json => Read(json), new ValueComparer<CourseTemplate>(
            (a, b) => ReferenceEquals(a, b) || Write(a!) == Write(b!), t => Write(t).GetHashCode(StringComparison.Ordinal), t => t)).IsRequired();

    /// <summary>Stores a list of enum values as a JSON array of their wire names.</summary>
    public static PropertyBuilder<IReadOnlyList<T>> HasWireNameListConversion<T>(this PropertyBuilder<IReadOnlyList<T>> property)
        where T : struct, Enum =>
        property.HasConversion(
            v => JsonSerializer.Serialize(v.Select(WireNames.Of), Options),
            json => ReadWireNames<T>(json),
            new ValueComparer<IReadOnlyList<T>>((a, b) => a!.SequenceEqual(b!), v => v.Count, v => v)).IsRequired();

    /// <summary>Stores a mutable list of records as JSON; the snapshot is a copy, so an added item is seen as a change.</summary>
    public static PropertyBuilder<List<T>> HasJsonListConversion<T>(this PropertyBuilder<List<T>> property) =>
        property.HasConversion(
            v => JsonSerializer.Serialize(v, Options),
            json => JsonSerializer.Deserialize<List<T>>(json, Options)!,
            new ValueComparer<List<T>>((a, b) => a!.SequenceEqual(b!), v => v.Count, v => v.ToList())).IsRequired();

    /// <summary>Stores the sessions a calendar could not place as JSON with the kinds' wire names.</summary>
    public static PropertyBuilder<IReadOnlyList<UnplacedSessions>> HasUnplacedConversion(this PropertyBuilder<IReadOnlyList<UnplacedSessions>> property) =>
        property.HasConversion(
            v => JsonSerializer.Serialize(v.Select(u => new StoredUnplaced(CourseWireNames.Of(u.Kind), u.CourseWeek, u.Count)), Options),
            json => ReadUnplaced(json),
            new ValueComparer<IReadOnlyList<UnplacedSessions>>((a, b) => a!.SequenceEqual(b!), v => v.Count, v => v)).IsRequired();

    private static string Write(CourseTemplate template) => JsonSerializer.Serialize(CourseTemplateInput.From(template), Options);

    private static CourseTemplate Read(string json)
    {
        var input = JsonSerializer.Deserialize<CourseTemplateInput>(json, Options) ?? throw new InvalidOperationException("A template column held null.");
        var template = input.ToTemplate();
        return template.IsSuccess ? template.Value : throw new InvalidOperationException("A stored template breaks a rule: " + template.Errors[0].Code);
    }

    private static IReadOnlyList<T> ReadWireNames<T>(string json) where T : struct, Enum =>
        [.. JsonSerializer.Deserialize<string[]>(json, Options)!.Select(n => WireNames.Parse<T>(n) ?? throw Unknown(n))];

    private static IReadOnlyList<UnplacedSessions> ReadUnplaced(string json) =>
        [.. JsonSerializer.Deserialize<StoredUnplaced[]>(json, Options)!
            .Select(u => new UnplacedSessions(WireNames.Parse<SessionKind>(u.Kind) ?? throw Unknown(u.Kind), u.CourseWeek, u.Count))];

    private sealed record StoredUnplaced(string Kind, int CourseWeek, int Count);

    private static InvalidOperationException Unknown(string name) => new("A stored wire name is unknown: " + name);
}
