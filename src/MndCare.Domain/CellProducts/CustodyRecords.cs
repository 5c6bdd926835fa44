using MndCare.Domain.Results;
using MndCare.Domain.Text;

namespace MndCare.Domain.CellProducts;

/// <summary>One hand-off or point of control of a unit: what happened, who did it and when (UTC).</summary>
/// <param name="UnitCode">The unit.</param>
/// <param name="Kind">Issued, received, thawed, infused, returned, discarded or blocked.</param>
/// <param name="PersonUserId">The person responsible.</param>
/// <param name="AtUtc">When it happened.</param>
public sealed record CustodyEvent(UnitCode UnitCode, CustodyEventKind Kind, Guid PersonUserId, DateTime AtUtc);

/// <summary>One temperature reading of a storage location, in degrees Celsius.</summary>
/// <param name="Location">The storage location (freezer, tank, shelf).</param>
/// <param name="Celsius">The reading, °C.</param>
/// <param name="TakenAtUtc">When it was read.</param>
/// <param name="RecordedByUserId">Who recorded it.</param>
public sealed record TemperatureReading(string Location, decimal Celsius, DateTime TakenAtUtc, Guid RecordedByUserId)
{
    /// <summary>Lowest reading accepted, °C (liquid nitrogen boils at -196 °C).</summary>
    public const decimal MinCelsius = -200m;

    /// <summary>Highest reading accepted, °C.</summary>
    public const decimal MaxCelsius = 60m;

    /// <summary>Longest location, in text elements.</summary>
    public const int MaxLocationLength = 100;

    /// <summary>Whether the reading is warmer than <paramref name="storageMaxCelsius"/>, the warmest storage a lot's manufacturer allows;
    /// false when no limit is stated.</summary>
    /// <remarks>Dossier A5: cryostorage temperatures are not verified; the manufacturer's instructions and the lot record decide.</remarks>
    /// <param name="storageMaxCelsius">The lot's "store at or below" temperature, °C.</param>
    public bool IsWarmerThan(decimal? storageMaxCelsius) => storageMaxCelsius is { } max && Celsius > max;

    /// <summary>A checked reading: a location, -200 to 60 °C, not taken after <paramref name="now"/>.</summary>
    /// <param name="location">The storage location.</param>
    /// <param name="celsius">The reading, °C.</param>
    /// <param name="takenAt">When it was read.</param>
    /// <param name="recordedByUserId">Who records it.</param>
    /// <param name="now">The injected clock's time.</param>
    public static Result<TemperatureReading> Create(string? location, decimal celsius, DateTimeOffset takenAt, Guid recordedByUserId, DateTimeOffset now)
    {
        var errors = new List<Error>();
        var place = StorageLocation.Check(location);
        errors.AddRange(place.Errors);
        if (celsius is < MinCelsius or > MaxCelsius)
        {
            errors.Add(new ValidationError("celsius", ValidationError.OutOfRange, $"celsius must be from {MinCelsius} to {MaxCelsius} °C."));
        }
        if (takenAt > now)
        {
            errors.Add(new ValidationError("takenAt", CellProductErrorCodes.InFuture, "takenAt is in the future."));
        }
        return errors.Count > 0 ? Result<TemperatureReading>.Failure(errors)
            : new TemperatureReading(place.Value, celsius, takenAt.UtcDateTime, recordedByUserId);
    }
}

/// <summary>The check of a storage location's name.</summary>
public static class StorageLocation
{
    /// <summary>The API name of the field.</summary>
    public const string Field = "location";

    /// <summary>A normalized location name (FreeText rules, at most <see cref="TemperatureReading.MaxLocationLength"/> text elements).</summary>
    /// <param name="location">The typed name.</param>
    public static Result<string> Check(string? location) => FreeText.Required(location, Field, TemperatureReading.MaxLocationLength);
}
