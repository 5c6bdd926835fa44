namespace MndCare.Domain.Safety.AdverseEvents;

/// <summary>A CTCAE term MndCare ships: a key for screen texts, the CTCAE name, its MedDRA LLT code where the reference gives one,
/// whether CTCAE defines its own grades (otherwise the general grade scale applies) and the highest grade CTCAE allows.</summary>
/// <param name="Key">The wire key (for example <c>infusionRelatedReaction</c>).</param>
/// <param name="Name">The CTCAE term as NCI writes it.</param>
/// <param name="MeddraCode">The MedDRA lowest level term code; null where the reference gives none.</param>
/// <param name="HasOwnGrades">True when the term's grade definitions are shipped (therapy-safety-tcm.md C2).</param>
/// <param name="MaxGrade">The highest grade CTCAE defines for the term ("–" cells are not gradable).</param>
public sealed record CtcaeTerm(string Key, string Name, string? MeddraCode, bool HasOwnGrades, int MaxGrade);

/// <summary>The shipped CTCAE terms: those the reference grades (C2) and the events the MSC literature reports (C1); any other
/// event is recorded under a free term with the general grade scale.</summary>
/// <remarks>docs/safety/adverse-events.md, "Terms". MedDRA codes only where ../shared/reference/therapy-safety-tcm.md F4 gives them
/// (MedDRA itself is licensed). Grade texts live in the screen resources (ctcae.grade.*), by term key and grade.</remarks>
public static class CtcaeTerms
{
    /// <summary>The CTCAE version stored with a grade unless another is given (v5.0, 27 Nov 2017; reference C2).</summary>
    public const string DefaultVersion = "5.0";

    /// <summary>The versions a grade may be recorded in.</summary>
    public static readonly IReadOnlyList<string> Versions = ["5.0", "6.0"];

    /// <summary>The highest CTCAE grade (death).</summary>
    public const int MaxGrade = 5;

    /// <summary>Fever, MedDRA 10016558; grades from temperature and duration (C2).</summary>
    public static readonly CtcaeTerm Fever = new("fever", "Fever", "10016558", true, 5);

    /// <summary>Infusion related reaction, MedDRA 10051792 (C2).</summary>
    public static readonly CtcaeTerm InfusionRelatedReaction = new("infusionRelatedReaction", "Infusion related reaction", "10051792", true, 5);

    /// <summary>Every shipped term, graded ones first.</summary>
    public static readonly IReadOnlyList<CtcaeTerm> All =
    [
        Fever,
        new("headache", "Headache", "10019211", true, 3),
        InfusionRelatedReaction,
        new("allergicReaction", "Allergic reaction", "10001718", true, 5),
        new("injectionSiteReaction", "Injection site reaction", null, true, 5),
        // C1 (Wang 2021 [S17]; intrathecal series [S31]): graded on the general scale until the NCI text is verified.
        new("fatigue", "Fatigue", null, false, 5),
        new("constipation", "Constipation", null, false, 5),
        new("insomnia", "Insomnia", null, false, 5),
        new("nausea", "Nausea", null, false, 5),
        new("dizziness", "Dizziness", null, false, 5),
        new("backPain", "Back pain", null, false, 5),
    ];

    /// <summary>The shipped term with this key or CTCAE name (case-insensitive); null for a free term.</summary>
    /// <param name="keyOrName">A key or a name.</param>
    public static CtcaeTerm? Find(string? keyOrName) => keyOrName is null ? null
        : All.FirstOrDefault(t => string.Equals(t.Key, keyOrName.Trim(), StringComparison.OrdinalIgnoreCase)
            || string.Equals(t.Name, keyOrName.Trim(), StringComparison.OrdinalIgnoreCase));
}
