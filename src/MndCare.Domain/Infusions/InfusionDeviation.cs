namespace MndCare.Domain.Infusions;

/// <summary>A departure from the order or the protocol, in the recorder's words, with when it happened and who recorded it.</summary>
/// <param name="Text">What happened (free text, validated).</param>
/// <param name="OccurredAtUtc">When it happened (UTC).</param>
/// <param name="RecordedByUserId">Who recorded it.</param>
/// <param name="RecordedAtUtc">When it was recorded (UTC).</param>
public sealed record InfusionDeviation(string Text, DateTime OccurredAtUtc, Guid RecordedByUserId, DateTime RecordedAtUtc);
