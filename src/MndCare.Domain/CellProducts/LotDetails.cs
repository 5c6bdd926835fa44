using MndCare.Domain.Results;

namespace MndCare.Domain.CellProducts;

/// <summary>A lot as typed or posted (issue 8, POST /api/lots); null means not given. The last two are optional: the manufacturer's
/// thaw-to-end limit and storage maximum, when the lot's label or instructions state them.</summary>
public sealed record LotInput(string? LotNumber, string? ProductCode, string? DonorCode, DateOnly? ManufacturedOn, DateOnly? ExpiresOn,
    int? Passage, long? CellsPerUnit, int? UnitsProduced, int? ThawToEndLimitMinutes = null, decimal? StorageMaxCelsius = null);

/// <summary>A lot's checked registration fields.</summary>
/// <remarks>docs/therapy/cell-product.md, "Lot": manufactured no later than today, expiring after manufacture, positive counts.</remarks>
public sealed record LotDetails
{
    /// <summary>The highest passage accepted as typed; a plausibility bound, not a release limit (none is verified; docs/therapy/cell-product.md, "Lot").</summary>
    public const int MaxPassage = 50;

    /// <summary>The longest thaw-to-end limit accepted, minutes (24 h): a plausibility bound; the limit itself is the manufacturer's
    /// (dossier A5: thaw rules are not verified, use the manufacturer's instructions and the lot record).</summary>
    public const int MaxThawToEndLimitMinutes = 24 * 60;

    private LotDetails()
    {
    }

    /// <summary>The manufacturer's lot number.</summary>
    public LotNumber LotNumber { get; private init; }

    /// <summary>The product (its release specification is the product's).</summary>
    public ProductCode ProductCode { get; private init; }

    /// <summary>The umbilical-cord donor.</summary>
    public DonorCode DonorCode { get; private init; }

    /// <summary>The date of manufacture.</summary>
    public DateOnly ManufacturedOn { get; private init; }

    /// <summary>The last date the lot may be used.</summary>
    public DateOnly ExpiresOn { get; private init; }

    /// <summary>The culture passage the cells were harvested at.</summary>
    public int Passage { get; private init; }

    /// <summary>Cells in each unit.</summary>
    public CellCount CellsPerUnit { get; private init; }

    /// <summary>Units (bags or vials) produced, 1 to <see cref="UnitCode.MaxSequence"/>.</summary>
    public int UnitsProduced { get; private init; }

    /// <summary>The longest time from thaw to the end of the infusion the manufacturer allows; null when the lot states none.</summary>
    public int? ThawToEndLimitMinutes { get; private init; }

    /// <summary>The thaw-to-end limit as a time span, for the infusion's thaw-to-end check; null when the lot states none.</summary>
    public TimeSpan? ThawToEndLimit => ThawToEndLimitMinutes is { } minutes ? TimeSpan.FromMinutes(minutes) : null;

    /// <summary>The warmest storage the manufacturer allows, °C ("store at or below"); null when the lot states none.</summary>
    public decimal? StorageMaxCelsius { get; private init; }

    /// <summary>Checked fields, or one error per wrong field (API names).</summary>
    /// <param name="input">The lot as posted.</param>
    /// <param name="today">The clinic's date.</param>
    public static Result<LotDetails> Create(LotInput input, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<Error>();
        T Take<T>(Result<T> result)
        {
            errors.AddRange(result.Errors);
            return result.IsSuccess ? result.Value : default!;
        }
        void Add(string field, string code, string message) => errors.Add(new ValidationError(field, code, message));
        var lotNumber = Take(LotNumber.Create(input.LotNumber));
        var productCode = Take(ProductCode.Create(input.ProductCode));
        var donorCode = Take(DonorCode.Create(input.DonorCode));
        if (input.ManufacturedOn is not { } made)
        {
            Add("manufacturedOn", ValidationError.Required, "manufacturedOn is required.");
        }
        else if (made > today)
        {
            Add("manufacturedOn", CellProductErrorCodes.InFuture, "manufacturedOn is after today.");
        }
        if (input.ExpiresOn is not { } expires)
        {
            Add("expiresOn", ValidationError.Required, "expiresOn is required.");
        }
        else if (input.ManufacturedOn is { } manufactured && expires <= manufactured)
        {
            Add("expiresOn", CellProductErrorCodes.ExpiryNotAfterManufacture, "expiresOn must be after manufacturedOn.");
        }
        if (input.Passage is not { } passage || passage is < 0 or > MaxPassage)
        {
            Add("passage", input.Passage is null ? ValidationError.Required : ValidationError.OutOfRange,
                $"passage must be from 0 to {MaxPassage}.");
        }
        var cells = input.CellsPerUnit is { } c ? Take(CellCount.PerUnit(c))
            : Take(Result<CellCount>.Failure(new ValidationError("cellsPerUnit", ValidationError.Required, "cellsPerUnit is required.")));
        if (input.UnitsProduced is not { } units || units is < 1 or > UnitCode.MaxSequence)
        {
            Add("unitsProduced", input.UnitsProduced is null ? ValidationError.Required : ValidationError.OutOfRange,
                $"unitsProduced must be from 1 to {UnitCode.MaxSequence}.");
        }
        if (input.ThawToEndLimitMinutes is < 1 or > MaxThawToEndLimitMinutes)
        {
            Add("thawToEndLimitMinutes", ValidationError.OutOfRange, $"thawToEndLimitMinutes must be from 1 to {MaxThawToEndLimitMinutes}.");
        }
        if (input.StorageMaxCelsius is < TemperatureReading.MinCelsius or > TemperatureReading.MaxCelsius)
        {
            Add("storageMaxCelsius", ValidationError.OutOfRange,
                $"storageMaxCelsius must be from {TemperatureReading.MinCelsius} to {TemperatureReading.MaxCelsius} °C.");
        }
        return errors.Count > 0 ? Result<LotDetails>.Failure(errors) : new LotDetails
        {
            LotNumber = lotNumber,
            ProductCode = productCode,
            DonorCode = donorCode,
            ManufacturedOn = input.ManufacturedOn!.Value,
            ExpiresOn = input.ExpiresOn!.Value,
            Passage = input.Passage!.Value,
            CellsPerUnit = cells,
            UnitsProduced = input.UnitsProduced!.Value,
            ThawToEndLimitMinutes = input.ThawToEndLimitMinutes,
            StorageMaxCelsius = input.StorageMaxCelsius,
        };
    }
}
