using System.Globalization;
using System.Text;
using MndCare.Application.Reports;

namespace MndCare.Application.Safety.Rates;

/// <summary>How a rate row reads in English or Simplified Chinese: "3 of 20 patients (15.0%, 95% CI 3.2–37.9%)". The words report
/// counts; they never say that a treatment is safe (docs/safety/statistics.md, "Wording").</summary>
/// <remarks>Percentages have one decimal; the lower limit is rounded down and the upper limit up, so the printed interval always
/// contains the exact one.</remarks>
public sealed class SafetyRateWording
{
    /// <summary>The English wording.</summary>
    public static readonly SafetyRateWording English = new(
        "en", "{0} of {1} patients ({2}%, {3}% CI {4}–{5}%)", "Any adverse event", "Grade {0}", "Serious", "Not serious");

    /// <summary>The Simplified Chinese wording.</summary>
    public static readonly SafetyRateWording SimplifiedChinese = new(
        "zh-Hans", "{1} 例患者中 {0} 例（{2}%，{3}% 置信区间 {4}–{5}%）", "任何不良事件", "{0} 级", "严重", "非严重");

    private readonly CompositeFormat _sentence;
    private readonly CompositeFormat _grade;

    private SafetyRateWording(string languageTag, string sentence, string anyEvent, string grade, string serious, string notSerious)
    {
        LanguageTag = languageTag;
        _sentence = CompositeFormat.Parse(sentence);
        AnyEvent = anyEvent;
        _grade = CompositeFormat.Parse(grade);
        Serious = serious;
        NotSerious = notSerious;
    }

    /// <summary>"en" or "zh-Hans".</summary>
    public string LanguageTag { get; }

    /// <summary>The name of the any-event row.</summary>
    public string AnyEvent { get; }

    /// <summary>The name of the serious row.</summary>
    public string Serious { get; }

    /// <summary>The name of the not-serious row.</summary>
    public string NotSerious { get; }

    /// <summary>Chinese for any "zh" tag, English otherwise.</summary>
    /// <param name="languageTag">The reader's language.</param>
    public static SafetyRateWording For(string? languageTag) => ReportLabels.IsChinese(languageTag) ? SimplifiedChinese : English;

    /// <summary>What the row counts: the term, "Grade 3", "Serious", the lot's label.</summary>
    /// <param name="row">The row.</param>
    public string Name(SafetyRateRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Dimension switch
        {
            SafetyRateDimension.AnyEvent => AnyEvent,
            SafetyRateDimension.Term or SafetyRateDimension.Suspect => row.Label,
            SafetyRateDimension.Grade => string.Format(CultureInfo.InvariantCulture, _grade, row.Key),
            SafetyRateDimension.Seriousness => row.Key == SafetyRateTable.SeriousKey ? Serious : NotSerious,
            _ => throw new ArgumentOutOfRangeException(nameof(row), row.Dimension, "Unknown rate dimension."),
        };
    }

    /// <summary>"3 of 20 patients (15.0%, 95% CI 3.2–37.9%)".</summary>
    /// <param name="row">The row.</param>
    public string Sentence(SafetyRateRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var interval = row.Interval;
        return string.Format(CultureInfo.InvariantCulture, _sentence, row.PatientsWithEvent, row.PatientsExposed,
            Percent(interval.Estimate, v => Math.Round(v, MidpointRounding.AwayFromZero)),
            (interval.ConfidenceLevel * 100).ToString("0.##", CultureInfo.InvariantCulture),
            Percent(interval.Lower, Math.Floor), Percent(interval.Upper, Math.Ceiling));
    }

    // Rounds to 0.1% with the given direction; the 1e-9 step first keeps 97.5 from becoming 97.6 through binary noise.
    private static string Percent(double proportion, Func<double, double> direction) =>
        (direction(Math.Round(proportion * 1000, 9)) / 10).ToString("0.0", CultureInfo.InvariantCulture);
}
