using MndCare.Statistics.Intervals;

namespace MndCare.Application.Safety.Rates;

/// <summary>What a row of the safety rate table groups by.</summary>
public enum SafetyRateDimension
{
    /// <summary>Any adverse event at all.</summary>
    AnyEvent,

    /// <summary>One CTCAE term.</summary>
    Term,

    /// <summary>One CTCAE grade (1 to 5).</summary>
    Grade,

    /// <summary>Serious or not serious (ICH E2A).</summary>
    Seriousness,

    /// <summary>One suspect (lot, herb batch), over the patients exposed to it.</summary>
    Suspect,
}

/// <summary>One row: how many of the patients exposed had at least one such event, with the exact interval.</summary>
/// <param name="Dimension">What the row groups by.</param>
/// <param name="Key">The group: "any", the term, the grade ("3"), "serious" or "nonSerious", or "kind:reference" for a suspect.</param>
/// <param name="Label">The term or the suspect's label; empty for the other dimensions, which the wording names.</param>
/// <param name="PatientsWithEvent">Distinct patients with at least one event in the group.</param>
/// <param name="EventCount">Events in the group (a patient may have several).</param>
/// <param name="Interval">PatientsWithEvent of PatientsExposed with its Clopper–Pearson interval.</param>
public sealed record SafetyRateRow(SafetyRateDimension Dimension, string Key, string Label, int PatientsWithEvent, int EventCount, ProportionInterval Interval)
{
    /// <summary>The denominator: patients exposed (to the treatment, or to the row's suspect).</summary>
    public int PatientsExposed => Interval.Trials;

    /// <summary>PatientsWithEvent / PatientsExposed.</summary>
    public double Proportion => Interval.Estimate;
}

/// <summary>The safety rate table of a clinic or a period.</summary>
/// <param name="PatientsExposed">Patients exposed to the treatment: the denominator of every row but the suspect rows.</param>
/// <param name="Rows">Any event, then terms (most patients first), grades 1 to 5, serious and not serious, then suspects in the order given.</param>
public sealed record SafetyRates(int PatientsExposed, IReadOnlyList<SafetyRateRow> Rows);
