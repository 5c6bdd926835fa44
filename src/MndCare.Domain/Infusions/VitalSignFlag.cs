namespace MndCare.Domain.Infusions;

/// <summary>A vital sign outside its normal range, named by its API field.</summary>
/// <param name="Field">The API field (<c>temperatureCelsius</c>, <c>heartRate</c>, <c>systolicMmHg</c>, <c>diastolicMmHg</c>,
/// <c>respiratoryRate</c>, <c>spo2Percent</c>).</param>
/// <param name="Direction">Low or high.</param>
/// <param name="Value">The reading.</param>
public sealed record VitalSignFlag(string Field, VitalSignDirection Direction, decimal Value);
