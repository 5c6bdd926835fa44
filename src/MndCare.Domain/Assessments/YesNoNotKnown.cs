namespace MndCare.Domain.Assessments;

/// <summary>A clinical fact recorded as known present ("yes"), known absent ("no") or not known.</summary>
/// <remarks>FTD and C9orf72 are ENCALS predictors (docs/instruments/encals.md): a predictor that is not known gives no
/// prediction, so "not known" must never be stored as "no". <see cref="NotKnown"/> is the default value, so a field
/// nobody filled in never reads as a negative result. Distinct from the questionnaire's YesNoUnknown, which records
/// what a patient answered ("I don't know"), not what the clinic knows.</remarks>
public enum YesNoNotKnown
{
    /// <summary>Not tested, not assessed, or the result is not known to the clinic.</summary>
    NotKnown,

    /// <summary>Known to be present.</summary>
    Yes,

    /// <summary>Known to be absent.</summary>
    No,
}

/// <summary>Conversions of <see cref="YesNoNotKnown"/>: wire names, and the yes/no a model needs.</summary>
public static class YesNoNotKnownValues
{
    /// <summary>The wire name: "yes", "no" or "notKnown".</summary>
    /// <param name="value">The value.</param>
    public static string WireName(this YesNoNotKnown value) => value switch
    {
        YesNoNotKnown.NotKnown => "notKnown",
        YesNoNotKnown.Yes => "yes",
        YesNoNotKnown.No => "no",
    };

    /// <summary>Parses a wire name exactly; null when <paramref name="text"/> is not one.</summary>
    /// <param name="text">"yes", "no" or "notKnown".</param>
    public static YesNoNotKnown? Parse(string? text) => text switch
    {
        "notKnown" => YesNoNotKnown.NotKnown,
        "yes" => YesNoNotKnown.Yes,
        "no" => YesNoNotKnown.No,
        _ => null,
    };

    /// <summary>True for yes, false for no, null when not known: a model input that is never imputed.</summary>
    /// <param name="value">The value.</param>
    public static bool? Known(this YesNoNotKnown value) => value switch
    {
        YesNoNotKnown.NotKnown => null,
        YesNoNotKnown.Yes => true,
        YesNoNotKnown.No => false,
    };

    /// <summary>Yes for true, no for false, not known for null.</summary>
    /// <param name="value">A known answer, or null.</param>
    public static YesNoNotKnown FromKnown(bool? value) => value switch
    {
        true => YesNoNotKnown.Yes,
        false => YesNoNotKnown.No,
        null => YesNoNotKnown.NotKnown,
    };
}
