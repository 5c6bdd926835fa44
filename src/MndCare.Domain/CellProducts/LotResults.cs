using MndCare.Domain.Patients;
using MndCare.Domain.Results;

namespace MndCare.Domain.CellProducts;

/// <summary>A lot's release results as typed or posted; null means not given.</summary>
/// <remarks>Field names are the issue's wire names (<see cref="LotResultFields"/>).</remarks>
public sealed record LotResultsInput(
    decimal? ViabilityPercent, decimal? Cd73Percent, decimal? Cd90Percent, decimal? Cd105Percent,
    decimal? Cd45Percent, decimal? Cd34Percent, decimal? Cd14Percent, decimal? Cd19Percent, decimal? HlaDrPercent,
    string? Sterility, string? Mycoplasma, decimal? EndotoxinEuPerMl, string? Karyotype, decimal? PotencyPercent = null);

/// <summary>A lot's checked release results: viability, identity markers, sterility, mycoplasma, endotoxin, karyotype, potency.</summary>
/// <remarks>docs/therapy/cell-product.md, "Release results" and "Release specification" ([S1]-[S6]).</remarks>
public sealed record LotResults
{
    /// <summary>The highest endotoxin figure accepted as typed, EU/mL; a larger one is a typing error.</summary>
    public const decimal MaxEndotoxinEuPerMl = 10_000m;

    private LotResults()
    {
    }

    /// <summary>Viable cells, percent.</summary>
    public decimal ViabilityPercent { get; private init; }

    /// <summary>CD73-positive cells, percent.</summary>
    public decimal Cd73Percent { get; private init; }

    /// <summary>CD90-positive cells, percent.</summary>
    public decimal Cd90Percent { get; private init; }

    /// <summary>CD105-positive cells, percent.</summary>
    public decimal Cd105Percent { get; private init; }

    /// <summary>CD45-positive cells, percent.</summary>
    public decimal Cd45Percent { get; private init; }

    /// <summary>CD34-positive cells, percent.</summary>
    public decimal Cd34Percent { get; private init; }

    /// <summary>CD14-positive cells, percent.</summary>
    public decimal Cd14Percent { get; private init; }

    /// <summary>CD19-positive cells, percent.</summary>
    public decimal Cd19Percent { get; private init; }

    /// <summary>HLA-DR-positive cells, percent.</summary>
    public decimal HlaDrPercent { get; private init; }

    /// <summary>Sterility.</summary>
    public DetectionResult Sterility { get; private init; }

    /// <summary>Mycoplasma.</summary>
    public DetectionResult Mycoplasma { get; private init; }

    /// <summary>Endotoxin, EU/mL.</summary>
    public decimal EndotoxinEuPerMl { get; private init; }

    /// <summary>Karyotype.</summary>
    public KaryotypeResult Karyotype { get; private init; }

    /// <summary>Potency, percent; null when not measured.</summary>
    public decimal? PotencyPercent { get; private init; }

    /// <summary>Checked results, or one error per wrong field.</summary>
    /// <param name="input">The results as posted.</param>
    public static Result<LotResults> Create(LotResultsInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<Error>();
        decimal Percent(decimal? value, string field, bool required = true)
        {
            if (value is not { } v)
            {
                if (required)
                {
                    errors.Add(new ValidationError(field, ValidationError.Required, $"{field} is required."));
                }
                return 0m;
            }
            if (v is < 0m or > 100m)
            {
                errors.Add(new ValidationError(field, ValidationError.OutOfRange, $"{field} must be from 0 to 100 %."));
            }
            return v;
        }
        TEnum Choice<TEnum>(string? text, string field) where TEnum : struct, Enum
        {
            if (WireNames.Parse<TEnum>(text) is { } value)
            {
                return value;
            }
            errors.Add(new ValidationError(field, text is null ? ValidationError.Required : CellProductErrorCodes.InvalidFormat,
                $"{field} must be one of: {string.Join(", ", WireNames.All<TEnum>())}."));
            return default;
        }
        var results = new LotResults
        {
            ViabilityPercent = Percent(input.ViabilityPercent, LotResultFields.ViabilityPercent),
            Cd73Percent = Percent(input.Cd73Percent, LotResultFields.Cd73Percent),
            Cd90Percent = Percent(input.Cd90Percent, LotResultFields.Cd90Percent),
            Cd105Percent = Percent(input.Cd105Percent, LotResultFields.Cd105Percent),
            Cd45Percent = Percent(input.Cd45Percent, LotResultFields.Cd45Percent),
            Cd34Percent = Percent(input.Cd34Percent, LotResultFields.Cd34Percent),
            Cd14Percent = Percent(input.Cd14Percent, LotResultFields.Cd14Percent),
            Cd19Percent = Percent(input.Cd19Percent, LotResultFields.Cd19Percent),
            HlaDrPercent = Percent(input.HlaDrPercent, LotResultFields.HlaDrPercent),
            Sterility = Choice<DetectionResult>(input.Sterility, LotResultFields.Sterility),
            Mycoplasma = Choice<DetectionResult>(input.Mycoplasma, LotResultFields.Mycoplasma),
            EndotoxinEuPerMl = Endotoxin(input.EndotoxinEuPerMl, errors),
            Karyotype = Choice<KaryotypeResult>(input.Karyotype, LotResultFields.Karyotype),
            PotencyPercent = input.PotencyPercent is null ? null : Percent(input.PotencyPercent, LotResultFields.PotencyPercent, required: false),
        };
        return errors.Count > 0 ? Result<LotResults>.Failure(errors) : results;
    }

    private static decimal Endotoxin(decimal? value, List<Error> errors)
    {
        const string field = LotResultFields.EndotoxinEuPerMl;
        if (value is not { } v)
        {
            errors.Add(new ValidationError(field, ValidationError.Required, $"{field} is required."));
            return 0m;
        }
        if (v is < 0m or > MaxEndotoxinEuPerMl)
        {
            errors.Add(new ValidationError(field, ValidationError.OutOfRange, $"{field} must be from 0 to {MaxEndotoxinEuPerMl} EU/mL."));
        }
        return v;
    }
}
