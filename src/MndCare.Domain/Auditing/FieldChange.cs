namespace MndCare.Domain.Auditing;

/// <summary>One field's value before and after a change, as text (null when absent).</summary>
/// <param name="Field">The field's API name.</param>
/// <param name="Old">The value before; null when the field was empty or the record is new.</param>
/// <param name="New">The value after; null when the field was cleared.</param>
public sealed record FieldChange(string Field, string? Old, string? New);
