using MndCare.Domain.Results;
using MndCare.Domain.Text;

namespace MndCare.Domain.Tcm.Herbs;

/// <summary>A herb a clinic added to the shipped catalogue, with the source it cites.</summary>
/// <remarks>docs/tcm/prescriptions.md, "The clinic's catalogue". Its safety flags are safety-list entries like the shipped herbs'.</remarks>
public sealed class ClinicHerb
{
    /// <summary>Longest name or source, in text elements.</summary>
    public const int MaxTextLength = 200;

    private ClinicHerb()
    {
        Pinyin = Chinese = LatinName = Source = string.Empty;
        Aliases = [];
    }

    /// <summary>The record id (UUIDv7).</summary>
    public Guid Id { get; private set; }

    /// <summary>The clinic.</summary>
    public Guid ClinicId { get; private set; }

    /// <summary>The pinyin, with or without tone marks.</summary>
    public string Pinyin { get; private set; }

    /// <summary>The Chinese characters.</summary>
    public string Chinese { get; private set; }

    /// <summary>The Latin pharmaceutical name.</summary>
    public string LatinName { get; private set; }

    /// <summary>Other names that find it.</summary>
    public IReadOnlyList<string> Aliases { get; private set; }

    /// <summary>The source the clinic cites for the entry (a pharmacopoeia monograph, a supplier's certificate).</summary>
    public string Source { get; private set; }

    /// <summary>Who added it.</summary>
    public Guid AddedByUserId { get; private set; }

    /// <summary>When it was added (UTC).</summary>
    public DateTime AddedAtUtc { get; private set; }

    /// <summary>The catalogue id it will have (toneless pinyin with hyphens).</summary>
    public string HerbId => ToHerb([]).Id;

    /// <summary>A checked entry, or every problem found.</summary>
    /// <param name="id">A new UUIDv7.</param>
    /// <param name="clinicId">The clinic.</param>
    /// <param name="input">The names, aliases and source as typed.</param>
    /// <param name="addedBy">Who adds it.</param>
    /// <param name="now">The injected clock's time.</param>
    public static Result<ClinicHerb> Create(Guid id, Guid clinicId, ClinicHerbInput input, Guid addedBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(input);
        var pinyin = FreeText.Required(input.Pinyin, "pinyin", MaxTextLength);
        var chinese = FreeText.Required(input.Chinese, "chinese", MaxTextLength);
        var latin = FreeText.Required(input.LatinName, "latinName", MaxTextLength);
        var source = FreeText.Required(input.Source, "source", MaxTextLength);
        var aliases = (input.Aliases ?? []).Select((a, i) => FreeText.Required(a, $"aliases[{i}]", MaxTextLength)).ToList();
        var errors = new[] { pinyin.Errors, chinese.Errors, latin.Errors, source.Errors }.SelectMany(e => e).Concat(aliases.SelectMany(a => a.Errors)).ToList();
        return errors.Count > 0
            ? Result<ClinicHerb>.Failure(errors)
            : new ClinicHerb
            {
                Id = id, ClinicId = clinicId, Pinyin = pinyin.Value, Chinese = chinese.Value, LatinName = latin.Value,
                Aliases = [.. aliases.Select(a => a.Value)], Source = source.Value, AddedByUserId = addedBy, AddedAtUtc = now.UtcDateTime,
            };
    }

    /// <summary>The catalogue herb, with the safety marks the clinic's list gives it.</summary>
    /// <param name="safety">Its safety marks.</param>
    public Herb ToHerb(IReadOnlyList<HerbSafetyMark> safety) => new(Pinyin, Chinese, LatinName, Aliases, safety, "clinic: " + Source);
}

/// <summary>A herb as typed on the catalogue page or the API.</summary>
/// <param name="Pinyin">The pinyin.</param>
/// <param name="Chinese">The Chinese characters.</param>
/// <param name="LatinName">The Latin pharmaceutical name.</param>
/// <param name="Aliases">Other names, optional.</param>
/// <param name="Source">The source cited.</param>
public sealed record ClinicHerbInput(string? Pinyin, string? Chinese, string? LatinName, IReadOnlyList<string>? Aliases, string? Source);
