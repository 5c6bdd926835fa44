using MndCare.Domain.Results;
using MndCare.Domain.Tcm.Herbs;
using MndCare.Domain.Text;

namespace MndCare.Domain.Tcm.Prescriptions;

/// <summary>One ingredient of a herbal prescription: the herb in its three name forms, the daily dose, processing, batch,
/// supplier and, for a herb liable to substitution by Aristolochia, the botanical source the practitioner confirmed.</summary>
/// <remarks>Reference therapy-safety-tcm.md D5 design note: ingredient level, Latin pharmaceutical name plus pinyin, with batch and
/// supplier. The names are copied from the catalogue when prescribed, so a later catalogue change never rewrites a prescription.</remarks>
/// <param name="HerbId">The catalogue id (toneless pinyin with hyphens).</param>
/// <param name="Pinyin">The pinyin with tone marks.</param>
/// <param name="Chinese">The Chinese characters.</param>
/// <param name="LatinName">The Latin pharmaceutical name.</param>
/// <param name="DoseGramsPerDay">The dose in grams per day.</param>
/// <param name="Processing">How the herb is processed (炮制), e.g. "stir-fried with wine"; null when raw or not stated.</param>
/// <param name="Batch">The dispensed batch number.</param>
/// <param name="Supplier">The supplier of the batch.</param>
/// <param name="BotanicalSource">The confirmed botanical source (species and part) of a substitution-liable herb.</param>
public sealed record PrescribedHerb(string HerbId, string Pinyin, string Chinese, string LatinName, decimal DoseGramsPerDay,
    string? Processing, string? Batch, string? Supplier, string? BotanicalSource)
{
    /// <summary>The smallest dose accepted, in grams per day (a zero or negative dose is a slip).</summary>
    public const decimal MinDoseGramsPerDay = 0.1m;

    /// <summary>The largest dose accepted, in grams per day: a typing guard, not a clinical limit (Chinese Pharmacopoeia daily
    /// doses of single materials stay well below it; ADR 0030).</summary>
    public const decimal MaxDoseGramsPerDay = 250m;

    /// <summary>Longest processing, batch, supplier or botanical source text, in text elements.</summary>
    public const int MaxTextLength = 200;

    /// <summary>A checked item for <paramref name="herb"/>, or every problem found; fields are named <c>items[index].field</c>.</summary>
    /// <param name="herb">The catalogue herb.</param>
    /// <param name="index">The item's position, for the field names of errors.</param>
    /// <param name="doseGramsPerDay">The dose in grams per day.</param>
    /// <param name="processing">Processing, optional.</param>
    /// <param name="batch">Batch, optional on a draft.</param>
    /// <param name="supplier">Supplier, optional on a draft.</param>
    /// <param name="botanicalSource">The confirmed botanical source, optional.</param>
    public static Result<PrescribedHerb> Create(Herb herb, int index, decimal? doseGramsPerDay, string? processing, string? batch,
        string? supplier, string? botanicalSource)
    {
        ArgumentNullException.ThrowIfNull(herb);
        var prefix = $"items[{index}].";
        var errors = new List<Error>();
        if (doseGramsPerDay is not { } dose)
        {
            errors.Add(new ValidationError(prefix + "doseGramsPerDay", ValidationError.Required, "Give the dose in grams per day."));
        }
        else if (dose is < MinDoseGramsPerDay or > MaxDoseGramsPerDay)
        {
            errors.Add(new ValidationError(prefix + "doseGramsPerDay", ValidationError.OutOfRange,
                $"The dose must be between {MinDoseGramsPerDay} and {MaxDoseGramsPerDay} g/day."));
        }
        var texts = new[] { ("processing", processing), ("batch", batch), ("supplier", supplier), ("botanicalSource", botanicalSource) }
            .Select(t => FreeText.Optional(t.Item2, prefix + t.Item1, MaxTextLength)).ToList();
        errors.AddRange(texts.SelectMany(t => t.Errors));
        return errors.Count > 0
            ? Result<PrescribedHerb>.Failure(errors)
            : new PrescribedHerb(herb.Id, herb.Pinyin, herb.Chinese, herb.LatinName, doseGramsPerDay!.Value, texts[0].Value, texts[1].Value,
                texts[2].Value, texts[3].Value);
    }
}
