namespace MndCare.Domain.Consultations.Eligibility;

/// <summary>A clinic's current eligibility criteria, as its administrator last saved them.</summary>
public sealed class EligibilityPolicy
{
    private EligibilityPolicy()
    {
        Criteria = EligibilityCriteria.Defaults;
    }

    /// <summary>The clinic (one policy per clinic).</summary>
    public Guid ClinicId { get; private set; }

    /// <summary>The criteria.</summary>
    public EligibilityCriteria Criteria { get; private set; }

    /// <summary>Who saved them last; null for the defaults.</summary>
    public Guid? UpdatedByUserId { get; private set; }

    /// <summary>When they were saved last (UTC).</summary>
    public DateTime UpdatedAtUtc { get; private set; }

    /// <summary>Optimistic-concurrency token, new on every change.</summary>
    public Guid Version { get; private set; }

    /// <summary>A policy holding <paramref name="criteria"/>.</summary>
    public static EligibilityPolicy Create(Guid clinicId, EligibilityCriteria criteria, Guid? userId, DateTimeOffset now, Guid version) => new()
    {
        ClinicId = clinicId,
        Criteria = criteria,
        UpdatedByUserId = userId,
        UpdatedAtUtc = now.UtcDateTime,
        Version = version,
    };

    /// <summary>Replaces the criteria.</summary>
    public void Replace(EligibilityCriteria criteria, Guid userId, DateTimeOffset now, Guid version)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        Criteria = criteria;
        UpdatedByUserId = userId;
        UpdatedAtUtc = now.UtcDateTime;
        Version = version;
    }
}
