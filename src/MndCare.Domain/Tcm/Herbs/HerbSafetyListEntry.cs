using MndCare.Domain.Results;
using MndCare.Domain.Text;

namespace MndCare.Domain.Tcm.Herbs;

/// <summary>One change of a clinic's herb safety lists: a flag added to a herb or retired from it, with the source cited.</summary>
/// <remarks>Reference therapy-safety-tcm.md D6: the lists seed the rules; a clinic adds, retires and cites entries. Entries are
/// kept, never changed: the latest one per herb and flag decides (docs/tcm/prescriptions.md).</remarks>
public sealed class HerbSafetyListEntry
{
    /// <summary>Longest source, in text elements.</summary>
    public const int MaxSourceLength = 500;

    private HerbSafetyListEntry()
    {
        HerbId = Source = string.Empty;
    }

    /// <summary>The record id (UUIDv7, so entries sort in the order they were made).</summary>
    public Guid Id { get; private set; }

    /// <summary>The clinic.</summary>
    public Guid ClinicId { get; private set; }

    /// <summary>The herb's catalogue id.</summary>
    public string HerbId { get; private set; }

    /// <summary>The list.</summary>
    public HerbSafetyFlag Flag { get; private set; }

    /// <summary>True when the entry retires the flag; false when it adds it.</summary>
    public bool Retired { get; private set; }

    /// <summary>The source cited for adding, or why it is retired.</summary>
    public string Source { get; private set; }

    /// <summary>Who made the change.</summary>
    public Guid ChangedByUserId { get; private set; }

    /// <summary>When (UTC).</summary>
    public DateTime ChangedAtUtc { get; private set; }

    /// <summary>A checked change, or the problem: a missing source, or a change that changes nothing.</summary>
    /// <param name="id">A new UUIDv7.</param>
    /// <param name="clinicId">The clinic.</param>
    /// <param name="herb">The herb as the clinic's catalogue has it now.</param>
    /// <param name="flag">The list.</param>
    /// <param name="retire">True to retire the flag, false to add it.</param>
    /// <param name="source">The source, or why it is retired.</param>
    /// <param name="changedBy">Who.</param>
    /// <param name="now">The injected clock's time.</param>
    public static Result<HerbSafetyListEntry> Create(Guid id, Guid clinicId, Herb herb, HerbSafetyFlag flag, bool retire, string? source,
        Guid changedBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(herb);
        if (!Enum.IsDefined(flag))
        {
            throw new ArgumentOutOfRangeException(nameof(flag));
        }
        var text = FreeText.Required(source, "source", MaxSourceLength, multiline: true);
        if (!text.IsSuccess)
        {
            return Result<HerbSafetyListEntry>.Failure(text.Errors);
        }
        if (herb.Has(flag) != retire)
        {
            return new ConflictError(Prescriptions.HerbalPrescriptionCodes.SafetyEntryUnchanged,
                retire ? "The herb is not on that list." : "The herb is on that list already.");
        }
        return new HerbSafetyListEntry
        {
            Id = id, ClinicId = clinicId, HerbId = herb.Id, Flag = flag, Retired = retire, Source = text.Value, ChangedByUserId = changedBy,
            ChangedAtUtc = now.UtcDateTime,
        };
    }
}
