using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using MndCare.Domain.Assessments;
using MndCare.Domain.Patients;
using MndCare.Domain.Results;
using MndCare.Domain.Text;

namespace MndCare.Application.Assessments.Wordings;

/// <summary>Reads an ALSFRS-R wording from its JSON file and checks it is complete: every item (5a and 5b included) has a
/// title and a sentence for every score from 0 to 4, and nothing else is there.</summary>
/// <remarks>The format is that of the built-in files (Assessments/Wordings/*.json); docs/instruments/alsfrs-r.md
/// describes it. A wording a clinic installs must name its licence and be validated.</remarks>
public static partial class AlsfrsRWordingReader
{
    /// <summary>Longest name, version or title, in text elements.</summary>
    public const int MaxLabelLength = 200;

    /// <summary>Longest answer sentence or licence, in text elements.</summary>
    public const int MaxSentenceLength = 500;

    private static readonly string[] Properties = ["id", "language", "name", "version", "licence", "validated", "items"];

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9.-]{0,63}$")]
    private static partial Regex IdPattern();

    /// <summary>The wording in <paramref name="json"/>, or every problem found in it.</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="installed">True for a file a clinic installed: it needs a licence and must be validated.</param>
    public static Result<AlsfrsRWording> Read(string json, bool installed)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(json);
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            return new ValidationError("file", "invalidJson", "The file is not JSON: " + e.Message);
        }
        if (root.ValueKind != JsonValueKind.Object)
        {
            return new ValidationError("file", "invalidJson", "The file must hold one JSON object.");
        }
        var errors = new List<Error>();
        Unknown(root, Properties, string.Empty, errors);
        var id = Text(root, "id", MaxLabelLength, errors);
        if (id is not null && !IdPattern().IsMatch(id))
        {
            errors.Add(new ValidationError("id", "invalidFormat", "id must be letters, digits, dots and hyphens (at most 64), e.g. zh-Hans-clinic-2025."));
        }
        var languageText = Text(root, "language", MaxLabelLength, errors);
        var language = WireNames.Parse<PreferredLanguage>(languageText);
        if (languageText is not null && language is null)
        {
            errors.Add(new ValidationError("language", "invalidValue", "language must be one of: " + string.Join(", ", WireNames.All<PreferredLanguage>()) + "."));
        }
        var name = Text(root, "name", MaxLabelLength, errors);
        var version = Text(root, "version", MaxLabelLength, errors);
        var licence = root.TryGetProperty("licence", out var l) && l.ValueKind != JsonValueKind.Null ? Text(root, "licence", MaxSentenceLength, errors) : null;
        bool? validated = root.TryGetProperty("validated", out var v) && v.ValueKind is JsonValueKind.True or JsonValueKind.False ? v.GetBoolean() : null;
        if (validated is null)
        {
            errors.Add(new ValidationError("validated", "required", "validated must be true or false."));
        }
        if (installed && licence is null)
        {
            errors.Add(new ValidationError("licence", "required", "An installed wording must name the licence under which the clinic uses it."));
        }
        if (installed && validated == false)
        {
            errors.Add(new ValidationError("validated", "invalidValue", "Only a validated wording can be installed."));
        }
        var items = Items(root, errors);
        return errors.Count > 0
            ? Result<AlsfrsRWording>.Failure(errors)
            : new AlsfrsRWording(id!, language!.Value, name!, version!, licence, validated!.Value, items);
    }

    private static Dictionary<string, AlsfrsRWordingItem> Items(JsonElement root, List<Error> errors)
    {
        var items = new Dictionary<string, AlsfrsRWordingItem>(StringComparer.Ordinal);
        if (!root.TryGetProperty("items", out var all) || all.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new ValidationError("items", "required", "items must be an object with every ALSFRS-R item."));
            return items;
        }
        Unknown(all, AlsfrsR.ItemNames.All, "items.", errors);
        string[] scores = [.. Enumerable.Range(AlsfrsR.MinItemScore, AlsfrsR.MaxItemScore + 1).Select(s => s.ToString(CultureInfo.InvariantCulture))];
        foreach (var itemName in AlsfrsR.ItemNames.All)
        {
            var path = "items." + itemName;
            if (!all.TryGetProperty(itemName, out var item) || item.ValueKind != JsonValueKind.Object)
            {
                errors.Add(new ValidationError(path, "missingItem", $"{path} is missing."));
                continue;
            }
            Unknown(item, ["title", "answers"], path + ".", errors);
            var title = Text(item, "title", MaxLabelLength, errors, path + ".");
            if (!item.TryGetProperty("answers", out var answers) || answers.ValueKind != JsonValueKind.Object)
            {
                errors.Add(new ValidationError(path + ".answers", "required", $"{path}.answers must give a sentence for each score 0 to 4."));
                continue;
            }
            Unknown(answers, scores, path + ".answers.", errors);
            var sentences = scores.Select(score => Text(answers, score, MaxSentenceLength, errors, path + ".answers.")).ToList();
            if (title is not null && sentences.All(s => s is not null))
            {
                items[itemName] = new AlsfrsRWordingItem(title, [.. sentences.Select(s => s!)]);
            }
        }
        return items;
    }

    private static string? Text(JsonElement parent, string property, int maxLength, List<Error> errors, string prefix = "")
    {
        var field = prefix + property;
        if (!parent.TryGetProperty(property, out var value) || value.ValueKind != JsonValueKind.String)
        {
            errors.Add(new ValidationError(field, "required", $"{field} is missing or not text."));
            return null;
        }
        var text = FreeText.Required(value.GetString(), field, maxLength);
        errors.AddRange(text.Errors);
        return text.IsSuccess ? text.Value : null;
    }

    private static void Unknown(JsonElement element, IReadOnlyCollection<string> known, string prefix, List<Error> errors) =>
        errors.AddRange(element.EnumerateObject().Where(p => !known.Contains(p.Name))
            .Select(p => new ValidationError(prefix + p.Name, "unknownField", $"{prefix}{p.Name} is not part of a wording.")));
}
