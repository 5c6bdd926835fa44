namespace MndCare.Domain.Tcm.Visits;

/// <summary>A pattern a clinic added to its list (by an administrator or a TCM practitioner); kept forever so old visits still read.</summary>
/// <remarks>docs/tcm/visits-and-sessions.md, "Patterns".</remarks>
public sealed class ClinicTcmPattern
{
    private ClinicTcmPattern()
    {
        Code = ChineseName = EnglishName = string.Empty;
    }

    /// <summary>The record id (UUIDv7).</summary>
    public Guid Id { get; private set; }

    /// <summary>The clinic whose list it extends.</summary>
    public Guid ClinicId { get; private set; }

    /// <summary>The pattern code ("clinic." + the id).</summary>
    public string Code { get; private set; }

    /// <summary>The Chinese name.</summary>
    public string ChineseName { get; private set; }

    /// <summary>The English name.</summary>
    public string EnglishName { get; private set; }

    /// <summary>Who added it.</summary>
    public Guid AddedByUserId { get; private set; }

    /// <summary>When it was added (UTC).</summary>
    public DateTime AddedAtUtc { get; private set; }

    /// <summary>The pattern as visits use it.</summary>
    public TcmPattern ToPattern() => new(Code, ChineseName, EnglishName, null, "clinic");

    /// <summary>Keeps a pattern made by <see cref="TcmPatternLimits.ClinicPattern"/>.</summary>
    /// <param name="id">The id the pattern's code was made from.</param>
    /// <param name="clinicId">The clinic.</param>
    /// <param name="pattern">The checked pattern.</param>
    /// <param name="byUserId">Who adds it.</param>
    /// <param name="now">The current instant.</param>
    public static ClinicTcmPattern Add(Guid id, Guid clinicId, TcmPattern pattern, Guid byUserId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        return new()
        {
            Id = id,
            ClinicId = clinicId,
            Code = pattern.Code,
            ChineseName = pattern.ChineseName,
            EnglishName = pattern.EnglishName,
            AddedByUserId = byUserId,
            AddedAtUtc = now.UtcDateTime,
        };
    }
}
