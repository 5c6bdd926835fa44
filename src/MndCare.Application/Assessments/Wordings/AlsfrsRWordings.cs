using MndCare.Domain.Consultations;
using MndCare.Domain.Patients;
using MndCare.Domain.Results;

namespace MndCare.Application.Assessments.Wordings;

/// <summary>The ALSFRS-R wordings a clinic can rate in: the two that ship with MndCare and those the clinic installed.</summary>
/// <remarks>An installed wording replaces the built-in one of its language on every form; stored scores keep the id of the
/// wording they were rated in, so both stay readable (docs/instruments/alsfrs-r.md, "Wordings").</remarks>
public sealed class AlsfrsRWordings
{
    /// <summary>The original English wording (Cedarbaum 1999; docs/instruments/alsfrs-r.md, "Wordings").</summary>
    public const string EnglishId = "en-cedarbaum-1999";

    /// <summary>MndCare's Simplified Chinese translation, not validated.</summary>
    public const string ChineseId = "zh-Hans-mndcare-unvalidated-1";

    private static readonly Lazy<IReadOnlyList<AlsfrsRWording>> Shipped = new(ReadBuiltIn);

    private readonly Dictionary<PreferredLanguage, AlsfrsRWording> _current;

    private AlsfrsRWordings(IReadOnlyList<AlsfrsRWording> all, IReadOnlyList<AlsfrsRWording> installed)
    {
        All = all;
        _current = all.Where(w => w.Id is EnglishId or ChineseId).Concat(installed).GroupBy(w => w.Language).ToDictionary(g => g.Key, g => g.Last());
    }

    /// <summary>The wordings that ship with MndCare, and nothing installed.</summary>
    public static AlsfrsRWordings BuiltIn { get; } = new(Shipped.Value, []);

    /// <summary>Every wording: built-in first, then the installed ones by file name.</summary>
    public IReadOnlyList<AlsfrsRWording> All { get; }

    /// <summary>Reads the built-in wordings and every *.json file in <paramref name="directory"/> (none when it is null),
    /// or says what is wrong with each file.</summary>
    /// <param name="directory">The directory of installed wordings, or null.</param>
    public static Result<AlsfrsRWordings> Load(string? directory)
    {
        if (string.IsNullOrWhiteSpace(directory))
        {
            return BuiltIn;
        }
        if (!Directory.Exists(directory))
        {
            return new ValidationError("directory", "notFound", $"The ALSFRS-R wording directory '{directory}' does not exist.");
        }
        var errors = new List<Error>();
        var installed = new List<AlsfrsRWording>();
        foreach (var file in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            var read = AlsfrsRWordingReader.Read(File.ReadAllText(file), installed: true);
            var name = Path.GetFileName(file);
            errors.AddRange(read.Errors.OfType<ValidationError>().Select(e => e with { Message = $"{name}: {e.Message}" }));
            if (read.IsSuccess)
            {
                installed.Add(read.Value);
            }
        }
        var all = Shipped.Value.Concat(installed).ToList();
        errors.AddRange(all.GroupBy(w => w.Id, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1)
            .Select(g => new ValidationError("id", "duplicateId", $"The ALSFRS-R wording id '{g.Key}' is used twice; each wording needs its own.")));
        errors.AddRange(installed.GroupBy(w => w.Language).Where(g => g.Count() > 1)
            .Select(g => new ValidationError("language", "duplicateLanguage",
                $"{string.Join(" and ", g.Select(w => w.Id))} are both installed for {WireNames.Of(g.Key)}; install one wording per language.")));
        return errors.Count > 0 ? Result<AlsfrsRWordings>.Failure(errors) : new AlsfrsRWordings(all, installed);
    }

    /// <summary>The wording forms show in <paramref name="language"/>: the installed one, else the built-in one.</summary>
    /// <param name="language">The reader's language.</param>
    public AlsfrsRWording For(PreferredLanguage language) => _current[language];

    /// <summary>The wording for an interface culture such as "zh-Hans" or "en-GB"; Chinese for any "zh", English otherwise.</summary>
    /// <param name="cultureName">A culture or language tag.</param>
    public AlsfrsRWording For(string? cultureName) =>
        For(cultureName is not null && (cultureName == "zh" || cultureName.StartsWith("zh-", StringComparison.OrdinalIgnoreCase))
            ? PreferredLanguage.SimplifiedChinese : PreferredLanguage.English);

    /// <summary>The wording with this id, or null (none stored, or a wording no longer installed).</summary>
    /// <param name="id">A stored wording id.</param>
    public AlsfrsRWording? Find(string? id) => All.FirstOrDefault(w => string.Equals(w.Id, id, StringComparison.Ordinal));

    /// <summary>Refuses checked questionnaire answers whose ALSFRS-R wording is not one of these.</summary>
    /// <param name="checkedAnswers">Answers that passed the questionnaire's rules, or their errors.</param>
    public Result<QuestionnaireAnswers> CheckWording(Result<QuestionnaireAnswers> checkedAnswers) =>
        checkedAnswers is { IsSuccess: true, Value.AlsfrsrWording: { } id } && Find(id) is null
            ? new ValidationError("alsfrsrWording", "invalidValue", "alsfrsrWording is not an ALSFRS-R wording of this clinic.")
            : checkedAnswers;

    /// <summary>How a stored score names its wording: <see cref="AlsfrsRWording.Describe"/>, the bare id of a wording no longer
    /// installed, or <paramref name="notRecordedLabel"/> for scores stored before wordings were kept.</summary>
    /// <param name="id">The stored wording id, or null.</param>
    /// <param name="notValidatedLabel">"Not a validated translation", in the reader's language.</param>
    /// <param name="notRecordedLabel">"Wording not recorded", in the reader's language.</param>
    public string Describe(string? id, string notValidatedLabel, string notRecordedLabel) =>
        id is null ? notRecordedLabel : Find(id)?.Describe(notValidatedLabel) ?? id;

    private static IReadOnlyList<AlsfrsRWording> ReadBuiltIn()
    {
        var assembly = typeof(AlsfrsRWordings).Assembly;
        return [.. new[] { EnglishId, ChineseId }.Select(id =>
        {
            using var stream = assembly.GetManifestResourceStream($"{typeof(AlsfrsRWordings).Namespace}.{id}.json")
                ?? throw new InvalidOperationException($"The built-in ALSFRS-R wording {id} is not embedded.");
            using var reader = new StreamReader(stream);
            var read = AlsfrsRWordingReader.Read(reader.ReadToEnd(), installed: false);
            return read.IsSuccess ? read.Value : throw new InvalidOperationException($"The built-in ALSFRS-R wording {id} is invalid: {read.Errors[0].Message}");
        })];
    }
}
