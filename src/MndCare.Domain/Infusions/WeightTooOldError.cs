using System.Globalization;
using MndCare.Domain.Results;

namespace MndCare.Domain.Infusions;

/// <summary>The weight the dose would use was measured too long before the order (API 422, code <c>weightTooOld</c>).</summary>
/// <param name="MeasuredAt">When the weight was measured.</param>
/// <param name="Age">How old it was at the order time.</param>
/// <param name="MaxAge">The clinic's limit.</param>
public sealed record WeightTooOldError(DateTimeOffset MeasuredAt, TimeSpan Age, TimeSpan MaxAge)
    : Error(InfusionErrorCodes.WeightTooOld, string.Create(CultureInfo.InvariantCulture,
        $"The weight was measured {Age.TotalDays:0.#} days before the order; the limit is {MaxAge.TotalDays:0.#} days. Weigh the patient again."));
