using MndCare.Domain.Results;
using MndCare.Domain.Text;

namespace MndCare.Domain.Safety.AdverseEvents;

/// <summary>An event the clinic's reference list treats as expected for its programme, with the source that says so.</summary>
/// <remarks>The list decides the suggested expectedness on the form; the administrator edits it. Until the clinic edits it, the
/// shipped <see cref="Defaults"/> apply (../shared/reference/therapy-safety-tcm.md C1).</remarks>
public sealed class ExpectedEvent
{
    /// <summary>Longest source text, in text elements.</summary>
    public const int MaxSourceLength = 500;

    private ExpectedEvent()
    {
        Term = string.Empty;
        Source = string.Empty;
    }

    /// <summary>The record id (UUIDv7).</summary>
    public Guid Id { get; private set; }

    /// <summary>The clinic.</summary>
    public Guid ClinicId { get; private set; }

    /// <summary>The term (a shipped CTCAE name or a free term).</summary>
    public string Term { get; private set; }

    /// <summary>Where the expectation comes from.</summary>
    public string Source { get; private set; }

    /// <summary>The shipped list: term and source, from the MSC safety literature (reference C1).</summary>
    public static readonly IReadOnlyList<(string Term, string Source)> Defaults =
    [
        ("Fever", "Transient fever: Lalu 2012 (SafeCell), PLoS One 7:e47559; Thompson 2020, EClinicalMedicine 19:100249 (RR 2.48)"),
        ("Headache", "Intrathecal MSC: Barczewska 2019, Neural Regen Res 14:313; Shamsaei 2023, Adv Pharm Bull 13:361"),
        ("Injection site reaction", "Administration-site AEs: Wang 2021, Stem Cell Res Ther 12:545 (OR 1.98)"),
        ("Fatigue", "Wang 2021, Stem Cell Res Ther 12:545 (OR 2.99)"),
        ("Constipation", "Wang 2021, Stem Cell Res Ther 12:545 (OR 2.45)"),
        ("Insomnia", "Sleeplessness: Wang 2021, Stem Cell Res Ther 12:545 (OR 5.90)"),
        ("Dizziness", "Intrathecal allogeneic BM-MSC series, Stem Cells Int 2019 (2 patients)"),
        ("Nausea", "Intrathecal allogeneic BM-MSC series, Stem Cells Int 2019 (2 patients)"),
    ];

    /// <summary>A checked entry.</summary>
    /// <param name="id">A new UUIDv7.</param>
    /// <param name="clinicId">The clinic.</param>
    /// <param name="term">A term key or name, or a free term.</param>
    /// <param name="source">The source (required: every entry keeps its source).</param>
    public static Result<ExpectedEvent> Create(Guid id, Guid clinicId, string? term, string? source)
    {
        var name = FreeText.Required(CtcaeTerms.Find(term)?.Name ?? term, "term", AdverseEventDetails.MaxTermLength);
        var cited = FreeText.Required(source, "source", MaxSourceLength);
        return name.IsSuccess && cited.IsSuccess
            ? new ExpectedEvent { Id = id, ClinicId = clinicId, Term = name.Value, Source = cited.Value }
            : Result<ExpectedEvent>.Failure([.. name.Errors, .. cited.Errors]);
    }

    /// <summary>Whether <paramref name="term"/> is on <paramref name="list"/> (case-insensitive).</summary>
    /// <param name="list">The clinic's terms.</param>
    /// <param name="term">The event's term.</param>
    public static bool IsListed(IEnumerable<string> list, string? term) =>
        term is not null && list.Any(t => string.Equals(t, term.Trim(), StringComparison.OrdinalIgnoreCase));
}
