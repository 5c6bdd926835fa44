using MndCare.Domain.Results;

namespace MndCare.Domain.Infusions;

/// <summary>A clinic's infusion settings as its administrator last saved them: dose range, weight age, monitoring interval and
/// monitoring after the end.</summary>
/// <remarks>Stored as the plain numbers the administrator enters; <see cref="Create"/> and <see cref="Replace"/> accept them only
/// when <see cref="InfusionPolicy"/> does. The baseline window and the vital-sign ranges stay the product defaults; the tolerance
/// is a third of the interval in whole minutes (5 minutes at the default 15), so one reading never counts for two due times.
/// docs/therapy/infusion.md, "Clinic settings".</remarks>
public sealed class ClinicInfusionPolicy
{
    private ClinicInfusionPolicy()
    {
    }

    /// <summary>The clinic (one policy per clinic).</summary>
    public Guid ClinicId { get; private set; }

    /// <summary>The lowest accepted dose, cells/kg.</summary>
    public decimal MinCellsPerKg { get; private set; }

    /// <summary>The highest accepted dose, cells/kg.</summary>
    public decimal MaxCellsPerKg { get; private set; }

    /// <summary>How old the weight a dose uses may be, whole days.</summary>
    public int WeightMaxAgeDays { get; private set; }

    /// <summary>Minutes between due vital-sign readings during and after the infusion.</summary>
    public int MonitoringIntervalMinutes { get; private set; }

    /// <summary>Minutes readings stay due after the infusion ends.</summary>
    public int MonitoringAfterEndMinutes { get; private set; }

    /// <summary>Who saved the settings last.</summary>
    public Guid UpdatedByUserId { get; private set; }

    /// <summary>When they were saved last (UTC).</summary>
    public DateTime UpdatedAtUtc { get; private set; }

    /// <summary>Optimistic-concurrency token, new on every change.</summary>
    public Guid Version { get; private set; }

    /// <summary>The settings as the rules use them.</summary>
    public InfusionPolicy Policy =>
        Build(MinCellsPerKg, MaxCellsPerKg, WeightMaxAgeDays, MonitoringIntervalMinutes, MonitoringAfterEndMinutes).Value;

    /// <summary>The numbers an administrator edits, read from a policy (the product defaults until a clinic saves its own).</summary>
    /// <param name="policy">A policy.</param>
    public static InfusionSettingsValues ValuesOf(InfusionPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return new(policy.DoseRange.Min.Value, policy.DoseRange.Max.Value, (int)policy.WeightMaxAge.TotalDays,
            (int)policy.Monitoring.Interval.TotalMinutes, (int)policy.Monitoring.AfterEnd.TotalMinutes);
    }

    /// <summary>The policy the numbers make, or every setting that breaks its rule: the dose range (<see cref="DoseRange.Create"/>,
    /// never wide enough for a 10× slip), the weight age 1-90 days (<c>outOfRange</c> on <c>weightMaxAgeDays</c>), and the monitoring
    /// interval and time after the end (<see cref="MonitoringPolicy.Create"/>).</summary>
    /// <param name="values">The numbers as entered.</param>
    public static Result<InfusionPolicy> Validate(InfusionSettingsValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Build(values.MinCellsPerKg, values.MaxCellsPerKg, values.WeightMaxAgeDays, values.MonitoringIntervalMinutes,
            values.MonitoringAfterEndMinutes);
    }

    /// <summary>A clinic's first saved settings, already validated by <see cref="Validate"/>.</summary>
    /// <param name="clinicId">The clinic.</param>
    /// <param name="values">Valid numbers.</param>
    /// <param name="userId">The administrator.</param>
    /// <param name="now">The injected clock's time.</param>
    /// <param name="version">A new concurrency token.</param>
    public static ClinicInfusionPolicy Create(Guid clinicId, InfusionSettingsValues values, Guid userId, DateTimeOffset now, Guid version)
    {
        var policy = new ClinicInfusionPolicy { ClinicId = clinicId };
        policy.Replace(values, userId, now, version);
        return policy;
    }

    /// <summary>Replaces the settings with numbers <see cref="Validate"/> accepts (anything else is a bug of the caller).</summary>
    /// <param name="values">Valid numbers.</param>
    /// <param name="userId">The administrator.</param>
    /// <param name="now">The injected clock's time.</param>
    /// <param name="version">A new concurrency token.</param>
    public void Replace(InfusionSettingsValues values, Guid userId, DateTimeOffset now, Guid version)
    {
        if (!Validate(values).IsSuccess)
        {
            throw new ArgumentException("The infusion settings were not validated.", nameof(values));
        }
        MinCellsPerKg = values.MinCellsPerKg;
        MaxCellsPerKg = values.MaxCellsPerKg;
        WeightMaxAgeDays = values.WeightMaxAgeDays;
        MonitoringIntervalMinutes = values.MonitoringIntervalMinutes;
        MonitoringAfterEndMinutes = values.MonitoringAfterEndMinutes;
        UpdatedByUserId = userId;
        UpdatedAtUtc = now.UtcDateTime;
        Version = version;
    }

    private static Result<InfusionPolicy> Build(decimal min, decimal max, int weightDays, int intervalMinutes, int afterEndMinutes)
    {
        var errors = new List<Error>();
        var range = DoseRange.Create(min, max);
        errors.AddRange(range.Errors);
        if (weightDays is < 1 or > 90)
        {
            errors.Add(new ValidationError("weightMaxAgeDays", ValidationError.OutOfRange, "The weight age limit must be from 1 to 90 days."));
        }
        // A third of the interval, whole minutes: 5 at the default 15, and always less than half the interval.
        var interval = TimeSpan.FromMinutes(intervalMinutes);
        var monitoring = MonitoringPolicy.Create(interval, TimeSpan.FromMinutes(afterEndMinutes), MonitoringPolicy.DefaultBaselineWindow,
            TimeSpan.FromMinutes(Math.Max(0, intervalMinutes) / 3));
        errors.AddRange(monitoring.Errors);
        if (errors.Count > 0)
        {
            return Result<InfusionPolicy>.Failure(errors);
        }
        return InfusionPolicy.Create(range.Value, TimeSpan.FromDays(weightDays), monitoring.Value, VitalSignRanges.Default);
    }
}

/// <summary>The infusion settings an administrator edits, as plain numbers (the API's field names).</summary>
/// <param name="MinCellsPerKg">The lowest accepted dose, cells/kg.</param>
/// <param name="MaxCellsPerKg">The highest accepted dose, cells/kg.</param>
/// <param name="WeightMaxAgeDays">How old the weight may be, whole days.</param>
/// <param name="MonitoringIntervalMinutes">Minutes between due readings.</param>
/// <param name="MonitoringAfterEndMinutes">Minutes of monitoring after the end.</param>
public sealed record InfusionSettingsValues(decimal MinCellsPerKg, decimal MaxCellsPerKg, int WeightMaxAgeDays, int MonitoringIntervalMinutes,
    int MonitoringAfterEndMinutes);
