using MndCare.Domain.Results;
using MndCare.Domain.Tcm.Herbs;
using MndCare.Domain.Text;

namespace MndCare.Domain.Tcm.Prescriptions;

/// <summary>A formula the clinic keeps as a starting point for prescriptions: its Chinese and English names and its herbs with
/// default doses in g/day. A prescription copies the items, so editing a template never changes a prescription.</summary>
/// <remarks>docs/tcm/prescriptions.md, "Formula templates"; demo templates: reference D2 formulas.</remarks>
public sealed class HerbalFormulaTemplate
{
    /// <summary>Longest name, in text elements.</summary>
    public const int MaxNameLength = 200;

    private HerbalFormulaTemplate()
    {
        NameChinese = NameEnglish = string.Empty;
        Items = [];
    }

    /// <summary>The record id (UUIDv7).</summary>
    public Guid Id { get; private set; }

    /// <summary>The clinic.</summary>
    public Guid ClinicId { get; private set; }

    /// <summary>The name in Chinese (e.g. 参苓白术散).</summary>
    public string NameChinese { get; private set; }

    /// <summary>The name in English or pinyin (e.g. "Shen Ling Bai Zhu San (Ginseng, Poria and Atractylodes Powder)").</summary>
    public string NameEnglish { get; private set; }

    /// <summary>The herbs with their default doses.</summary>
    public IReadOnlyList<FormulaItem> Items { get; private set; }

    /// <summary>Whether it is no longer offered.</summary>
    public bool IsArchived { get; private set; }

    /// <summary>Who last changed it.</summary>
    public Guid UpdatedByUserId { get; private set; }

    /// <summary>When it was last changed (UTC).</summary>
    public DateTime UpdatedAtUtc { get; private set; }

    /// <summary>A checked template, or every problem found (unknown herbs, aristolochic-acid herbs, doses, names).</summary>
    /// <param name="id">A new UUIDv7.</param>
    /// <param name="clinicId">The clinic.</param>
    /// <param name="values">The names and items as typed, checked against <paramref name="catalogue"/>.</param>
    /// <param name="catalogue">The clinic's catalogue.</param>
    /// <param name="by">Who.</param>
    /// <param name="now">The injected clock's time.</param>
    public static Result<HerbalFormulaTemplate> Create(Guid id, Guid clinicId, FormulaTemplateInput values, HerbCatalogue catalogue, Guid by,
        DateTimeOffset now)
    {
        var template = new HerbalFormulaTemplate { Id = id, ClinicId = clinicId };
        var replaced = template.Replace(values, catalogue, false, by, now);
        return replaced.IsSuccess ? template : Result<HerbalFormulaTemplate>.Failure(replaced.Errors);
    }

    /// <summary>Replaces the names, items and archived flag, or changes nothing and returns every problem found.</summary>
    /// <param name="values">The names and items as typed.</param>
    /// <param name="catalogue">The clinic's catalogue.</param>
    /// <param name="isArchived">Whether it is no longer offered.</param>
    /// <param name="by">Who.</param>
    /// <param name="now">The injected clock's time.</param>
    public Result<HerbalFormulaTemplate> Replace(FormulaTemplateInput values, HerbCatalogue catalogue, bool isArchived, Guid by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(catalogue);
        var chinese = FreeText.Required(values.NameChinese, "nameChinese", MaxNameLength);
        var english = FreeText.Required(values.NameEnglish, "nameEnglish", MaxNameLength);
        var errors = chinese.Errors.Concat(english.Errors).ToList();
        var items = values.Items ?? [];
        var checkedHerbs = HerbPrescriptionRules.Check(catalogue, [.. items.Select(i => i.Herb ?? string.Empty)], [], patientOnRiluzole: false);
        errors.AddRange(checkedHerbs.Errors);
        if (items.Count == 0)
        {
            errors.Add(new ValidationError("items", HerbalPrescriptionCodes.NoItems, "Add at least one herb."));
        }
        var checkedItems = checkedHerbs.IsSuccess
            ? items.Select((item, index) => PrescribedHerb.Create(checkedHerbs.Value.Herbs[index], index, item.DoseGramsPerDay, null, null, null, null)).ToList()
            : [];
        errors.AddRange(checkedItems.SelectMany(i => i.Errors));
        if (errors.Count > 0)
        {
            return Result<HerbalFormulaTemplate>.Failure(errors);
        }
        NameChinese = chinese.Value;
        NameEnglish = english.Value;
        Items = [.. checkedItems.Select(i => new FormulaItem(i.Value.HerbId, i.Value.DoseGramsPerDay))];
        IsArchived = isArchived;
        UpdatedByUserId = by;
        UpdatedAtUtc = now.UtcDateTime;
        return this;
    }
}

/// <summary>One herb of a formula template with its default dose.</summary>
/// <param name="HerbId">The herb's catalogue id.</param>
/// <param name="DoseGramsPerDay">The default dose in grams per day.</param>
public sealed record FormulaItem(string HerbId, decimal DoseGramsPerDay);

/// <summary>A template as typed: names and items (herb by any name form, default dose).</summary>
/// <param name="NameChinese">The Chinese name.</param>
/// <param name="NameEnglish">The English or pinyin name.</param>
/// <param name="Items">The herbs with their default doses.</param>
public sealed record FormulaTemplateInput(string? NameChinese, string? NameEnglish, IReadOnlyList<FormulaItemInput>? Items);

/// <summary>One herb of a template as typed.</summary>
/// <param name="Herb">A pinyin, Chinese or Latin name.</param>
/// <param name="DoseGramsPerDay">The default dose in grams per day.</param>
public sealed record FormulaItemInput(string? Herb, decimal? DoseGramsPerDay);
