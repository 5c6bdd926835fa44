namespace MndCare.Domain.Safety.AdverseEvents;

/// <summary>Something in the patient's record that may have caused the event, with its WHO-UMC causality once assessed.</summary>
/// <remarks>Kind + reference id + label (ADR 0033): the reference points into the patient's record (a lot, a medication, an infusion,
/// a herbal prescription item), the label says what it was at the time, so the event reads the same after the record changes.</remarks>
public sealed class Suspect
{
    /// <summary>Longest label, in characters.</summary>
    public const int MaxLabelLength = 300;

    private Suspect()
    {
        Label = string.Empty;
    }

    internal Suspect(Guid id, SuspectKind kind, Guid referenceId, string label)
    {
        Id = id;
        Kind = kind;
        ReferenceId = referenceId;
        Label = label.Length > MaxLabelLength ? label[..MaxLabelLength] : label;
    }

    /// <summary>The suspect's id within the event (UUIDv7).</summary>
    public Guid Id { get; private set; }

    /// <summary>What it is.</summary>
    public SuspectKind Kind { get; private set; }

    /// <summary>The id of the lot, medication, infusion, herb item or prescription.</summary>
    public Guid ReferenceId { get; private set; }

    /// <summary>What it was, as recorded (for example "Lot UCM240101-01, units U001").</summary>
    public string Label { get; private set; }

    /// <summary>The WHO-UMC category; null until assessed.</summary>
    public CausalityCategory? Causality { get; private set; }

    /// <summary>The clinician who assessed it.</summary>
    public Guid? AssessedByUserId { get; private set; }

    /// <summary>When (UTC).</summary>
    public DateTime? AssessedAtUtc { get; private set; }

    /// <summary>Whether the causality is possible or stronger (certain, probable, possible): the event is then related (ADR 0033).</summary>
    public bool IsRelated => Causality is { } c && IsRelatedCategory(c);

    /// <summary>Whether <paramref name="category"/> is possible or stronger.</summary>
    /// <param name="category">A WHO-UMC category.</param>
    public static bool IsRelatedCategory(CausalityCategory category) => category switch
    {
        CausalityCategory.Certain or CausalityCategory.Probable or CausalityCategory.Possible => true,
        CausalityCategory.Unlikely or CausalityCategory.Conditional or CausalityCategory.Unassessable => false,
    };

    internal void Assess(CausalityCategory category, Guid clinicianUserId, DateTimeOffset now)
    {
        Causality = category;
        AssessedByUserId = clinicianUserId;
        AssessedAtUtc = now.UtcDateTime;
    }
}
