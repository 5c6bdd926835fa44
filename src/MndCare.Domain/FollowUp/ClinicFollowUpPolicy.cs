using System.Globalization;

namespace MndCare.Domain.FollowUp;

/// <summary>A clinic's follow-up schedule as its administrator last saved it (the product default until then).</summary>
/// <remarks>Stored as the plain values; <see cref="Policy"/> rebuilds them through <see cref="FollowUpPolicy.Create"/>.</remarks>
public sealed class ClinicFollowUpPolicy
{
    private ClinicFollowUpPolicy()
    {
    }

    /// <summary>The clinic (one policy per clinic).</summary>
    public Guid ClinicId { get; private set; }

    /// <summary>The months after the end of a course, comma-separated ("1,3,6,12").</summary>
    public string MonthsAfterEnd { get; private set; } = string.Empty;

    /// <summary>The window, days.</summary>
    public int WindowDays { get; private set; }

    /// <summary>Who saved it last.</summary>
    public Guid UpdatedByUserId { get; private set; }

    /// <summary>When it was saved last (UTC).</summary>
    public DateTime UpdatedAtUtc { get; private set; }

    /// <summary>Optimistic-concurrency token, new on every change.</summary>
    public Guid Version { get; private set; }

    /// <summary>The stored values as a policy.</summary>
    public FollowUpPolicy Policy =>
        FollowUpPolicy.Create([.. MonthsAfterEnd.Split(',').Select(m => int.Parse(m, NumberStyles.None, CultureInfo.InvariantCulture))], WindowDays).Value;

    /// <summary>A clinic's first saved policy.</summary>
    /// <param name="clinicId">The clinic.</param>
    /// <param name="policy">The policy.</param>
    /// <param name="userId">The administrator.</param>
    /// <param name="now">The injected clock's time.</param>
    /// <param name="version">A new concurrency token.</param>
    public static ClinicFollowUpPolicy Create(Guid clinicId, FollowUpPolicy policy, Guid userId, DateTimeOffset now, Guid version)
    {
        var stored = new ClinicFollowUpPolicy { ClinicId = clinicId };
        stored.Replace(policy, userId, now, version);
        return stored;
    }

    /// <summary>Replaces the stored policy.</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="userId">The administrator.</param>
    /// <param name="now">The injected clock's time.</param>
    /// <param name="version">A new concurrency token.</param>
    public void Replace(FollowUpPolicy policy, Guid userId, DateTimeOffset now, Guid version)
    {
        ArgumentNullException.ThrowIfNull(policy);
        MonthsAfterEnd = string.Join(',', policy.MonthsAfterEnd.Select(m => m.ToString(CultureInfo.InvariantCulture)));
        WindowDays = policy.WindowDays;
        UpdatedByUserId = userId;
        UpdatedAtUtc = now.UtcDateTime;
        Version = version;
    }
}
