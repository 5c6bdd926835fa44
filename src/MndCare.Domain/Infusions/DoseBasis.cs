namespace MndCare.Domain.Infusions;

/// <summary>Which dose a range check judged: the one ordered, or the one the whole units actually deliver.</summary>
public enum DoseBasis
{
    /// <summary>The cells/kg the clinician ordered.</summary>
    Ordered,

    /// <summary>The cells/kg the whole units deliver (units × cells per unit / weight).</summary>
    Delivered,
}
