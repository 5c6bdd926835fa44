namespace MndCare.Domain.Infusions;

/// <summary>A recorded body weight and when it was measured; the dose must come from one that is recent enough.</summary>
/// <param name="Weight">The weight.</param>
/// <param name="MeasuredAt">When the patient was weighed.</param>
public sealed record WeightMeasurement(BodyWeight Weight, DateTimeOffset MeasuredAt);
