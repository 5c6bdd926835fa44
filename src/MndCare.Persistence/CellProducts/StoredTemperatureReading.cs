using MndCare.Domain.CellProducts;

namespace MndCare.Persistence.CellProducts;

/// <summary>One temperature reading of a clinic's storage location (freezer, tank, shelf); readings are added, never changed.</summary>
/// <remarks>The checks are the domain's <see cref="TemperatureReading"/> (docs/therapy/cell-product.md, "Storage temperatures").</remarks>
public sealed class StoredTemperatureReading
{
    /// <summary>The record id (UUIDv7).</summary>
    public Guid Id { get; set; }

    /// <summary>The clinic whose cell lab keeps the location.</summary>
    public Guid ClinicId { get; set; }

    /// <summary>The checked reading: location, °C, when it was read and who recorded it.</summary>
    public TemperatureReading Reading { get; set; } = null!;

    /// <summary>When it was recorded (UTC).</summary>
    public DateTime RecordedAtUtc { get; set; }
}
