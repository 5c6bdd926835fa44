using System.Globalization;
using MndCare.Domain.Results;

namespace MndCare.Domain.Infusions;

/// <summary>The dose is outside the clinic's range and the order is refused (API 422, code <c>doseOutOfRange</c>).</summary>
/// <param name="Basis">Whether the ordered dose or the dose the whole units deliver is out of range.</param>
/// <param name="CellsPerKg">The dose judged, cells/kg.</param>
/// <param name="Range">The clinic's range.</param>
public sealed record DoseOutOfRangeError(DoseBasis Basis, decimal CellsPerKg, DoseRange Range)
    : Error(InfusionErrorCodes.DoseOutOfRange, string.Create(CultureInfo.InvariantCulture,
        $"The {(Basis == DoseBasis.Ordered ? "ordered" : "delivered")} dose of {CellsPerKg:0.##} cells/kg is outside the clinic's range of {Range.Min.Value} to {Range.Max.Value} cells/kg."));
