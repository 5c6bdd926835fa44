using System.Globalization;
using MndCare.Domain.Time;

namespace MndCare.Application.Reports.Cioms;

/// <summary>Lays a <see cref="CiomsReport"/> out as the CIOMS I form in one language, for <see cref="ReportPdfRenderer"/>: the four
/// sections in the form's order, each field under its number, ticked boxes as ☒ and empty ones as ☐.</summary>
/// <remarks>docs/safety/cioms.md. Dates are ISO (yyyy-MM-dd) in both languages, as on the clinic's other papers.</remarks>
public static class CiomsDocument
{
    /// <summary>The mark of a ticked box (U+2612, in DejaVu Sans).</summary>
    public const string Ticked = "\u2612";

    /// <summary>The mark of an empty box (U+2610, in DejaVu Sans).</summary>
    public const string Empty = "\u2610";

    // Fields 20 and 21 print their boxes in the form's order.
    private static readonly CiomsAnswer[] AnswerOrder = [CiomsAnswer.Yes, CiomsAnswer.No, CiomsAnswer.NotApplicable];

    /// <summary>The form for <paramref name="report"/> in <paramref name="languageTag"/> ("en" or "zh-Hans").</summary>
    /// <param name="report">The filled model.</param>
    /// <param name="languageTag">The language of the labels; the recorded free text stays as written.</param>
    public static ReportDocument Build(CiomsReport report, string languageTag)
    {
        ArgumentNullException.ThrowIfNull(report);
        var words = CiomsWording.For(languageTag);
        var meta = new List<ReportMetaLine> { new(words.Reference, report.Reference) };
        ReportSection[] sections =
        [
            Reaction(report.Reaction, words),
            Suspects(report.SuspectDrugs, words),
            History(report, words),
            Manufacturer(report.Manufacturer, words),
        ];
        var footer = string.Format(CultureInfo.InvariantCulture, words.Footer, report.Reference);
        return new ReportDocument(words.Title, words.LanguageTag, meta, sections, null, footer);
    }

    private static ReportSection Reaction(CiomsReaction reaction, CiomsWording words)
    {
        var age = reaction.AgeYears is { } years ? string.Format(CultureInfo.InvariantCulture, words.AgeYears, years) : null;
        var fields = new ReportKeyValues(
        [
            (words.PatientInitials, Text(reaction.PatientInitials, words)),
            (words.Country, Text(reaction.Country, words)),
            (words.DateOfBirth, Date(reaction.DateOfBirth, words)),
            (words.Age, Text(age, words)),
            (words.SexLabel, words.Sexes[reaction.Sex]),
            (words.Onset, Date(reaction.Onset, words)),
            (words.Description, Text(reaction.Description, words)),
        ]);
        var boxes = new ReportKeyValues([.. Enum.GetValues<CiomsSeriousness>().Select(s => (Box(reaction.Seriousness.Contains(s)), words.Seriousness[s]))]);
        return new ReportSection(words.ReactionSection, [fields, new ReportParagraph(words.SeriousnessHeading, Emphasis: true), boxes]);
    }

    private static ReportSection Suspects(IReadOnlyList<CiomsSuspectDrug> suspects, CiomsWording words)
    {
        if (suspects.Count == 0)
        {
            return new ReportSection(words.SuspectSection, [new ReportParagraph(words.None)]);
        }
        var blocks = new List<ReportBlock>();
        for (var index = 0; index < suspects.Count; index++)
        {
            var suspect = suspects[index];
            blocks.Add(new ReportParagraph(string.Format(CultureInfo.InvariantCulture, words.SuspectNumber, index + 1, suspects.Count), Emphasis: true));
            blocks.Add(new ReportKeyValues(
            [
                (words.SuspectName, suspect.Kind is { } kind ? $"{words.SuspectKinds[kind]}: {Text(suspect.Name, words)}" : Text(suspect.Name, words)),
                (words.Causality, suspect.Causality is { } causality ? words.Categories[causality] : words.NotAssessed),
                (words.DailyDose, Text(suspect.DailyDose, words)),
                (words.Route, Text(suspect.Route, words)),
                (words.Indication, Text(suspect.Indication, words)),
                (words.TherapyDates, Range(suspect.TherapyFrom, suspect.TherapyTo, words)),
                (words.Duration, Text(suspect.Duration, words)),
                (words.Abated, Boxes(suspect.AbatedAfterStopping, AnswerOrder, words.Answers)),
                (words.Reappeared, Boxes(suspect.ReappearedAfterReintroduction, AnswerOrder, words.Answers)),
            ]));
        }
        return new ReportSection(words.SuspectSection, blocks);
    }

    private static ReportSection History(CiomsReport report, CiomsWording words)
    {
        ReportBlock concomitant = report.ConcomitantDrugs.Count == 0
            ? new ReportParagraph(words.None)
            : new ReportTable(words.ConcomitantHeaders, [.. report.ConcomitantDrugs.Select(d => (IReadOnlyList<string>)[d.Name, Date(d.From, words), d.To is { } to ? Format(to) : words.Ongoing])]);
        return new ReportSection(words.HistorySection,
        [
            new ReportParagraph(words.Concomitant, Emphasis: true),
            concomitant,
            new ReportKeyValues([(words.History, Text(report.OtherRelevantHistory, words))]),
        ]);
    }

    private static ReportSection Manufacturer(CiomsManufacturer manufacturer, CiomsWording words) =>
        new(words.ManufacturerSection,
        [
            new ReportKeyValues(
            [
                (words.NameAndAddress, Text(manufacturer.NameAndAddress, words)),
                (words.ControlNumber, Text(manufacturer.ControlNumber, words)),
                (words.DateReceived, Format(manufacturer.DateReceived)),
                (words.Source, Boxes(manufacturer.Sources, Enum.GetValues<CiomsReportSource>(), words.Sources)),
                (words.DateOfReport, Format(manufacturer.DateOfReport)),
                (words.ReportType, Boxes(manufacturer.ReportType, Enum.GetValues<CiomsReportType>(), words.ReportTypes)),
            ]),
        ]);

    // "☒ Yes   ☐ No   ☐ Not applicable": every choice of the form in order, the chosen ones ticked.
    private static string Boxes<T>(T chosen, IReadOnlyList<T> order, IReadOnlyDictionary<T, string> names)
        where T : struct, Enum => Boxes([chosen], order, names);

    private static string Boxes<T>(IReadOnlyList<T> chosen, IReadOnlyList<T> order, IReadOnlyDictionary<T, string> names)
        where T : struct, Enum => string.Join("   ", order.Select(v => Box(chosen.Contains(v)) + " " + names[v]));

    private static string Box(bool ticked) => ticked ? Ticked : Empty;

    private static string Range(DateOnly? from, DateOnly? to, CiomsWording words) =>
        from is null && to is null ? words.NotGiven : string.Format(CultureInfo.InvariantCulture, words.DateRange, Date(from, words), to is { } end ? Format(end) : words.Ongoing);

    private static string Date(DateOnly? date, CiomsWording words) => date is { } value ? Format(value) : words.NotGiven;

    private static string Format(DateOnly date) => date.ToString(ClinicTime.DateFormat, CultureInfo.InvariantCulture);

    private static string Text(string? value, CiomsWording words) => string.IsNullOrWhiteSpace(value) ? words.NotGiven : value;
}
