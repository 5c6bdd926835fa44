using MndCare.Domain.Results;

namespace MndCare.Domain.Infusions;

/// <summary>When vital signs are due around an infusion: a baseline, every interval during it and for a while after it.</summary>
/// <remarks>Defaults: every 15 minutes during the infusion (as measured in the allogeneic hUC-MSC IV study [S23], therapy
/// reference A5) and for 60 minutes after it ends (issue 8); baseline up to 30 minutes before the start and a tolerance
/// of 5 minutes either side of each due time (design defaults). docs/therapy/infusion.md, "Monitoring schedule".</remarks>
public sealed record MonitoringPolicy
{
    /// <summary>Default interval between readings: 15 minutes [S23].</summary>
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMinutes(15);

    /// <summary>Default monitoring after the infusion ends: 60 minutes (issue 8).</summary>
    public static readonly TimeSpan DefaultAfterEnd = TimeSpan.FromMinutes(60);

    /// <summary>Default window before the start in which the baseline reading must be taken: 30 minutes (design default).</summary>
    public static readonly TimeSpan DefaultBaselineWindow = TimeSpan.FromMinutes(30);

    /// <summary>Default tolerance either side of a due time: 5 minutes (design default, a third of the default interval).</summary>
    public static readonly TimeSpan DefaultTolerance = TimeSpan.FromMinutes(5);

    private MonitoringPolicy(TimeSpan interval, TimeSpan afterEnd, TimeSpan baselineWindow, TimeSpan tolerance)
    {
        Interval = interval;
        AfterEnd = afterEnd;
        BaselineWindow = baselineWindow;
        Tolerance = tolerance;
    }

    /// <summary>The product defaults: 15 minutes, 60 minutes after, 30-minute baseline window, 5-minute tolerance.</summary>
    public static MonitoringPolicy Default { get; } = new(DefaultInterval, DefaultAfterEnd, DefaultBaselineWindow, DefaultTolerance);

    /// <summary>Time between due readings during and after the infusion.</summary>
    public TimeSpan Interval { get; }

    /// <summary>How long readings stay due after the infusion ends.</summary>
    public TimeSpan AfterEnd { get; }

    /// <summary>How long before the start a reading still counts as the baseline.</summary>
    public TimeSpan BaselineWindow { get; }

    /// <summary>How far before or after its due time a reading still counts for it.</summary>
    public TimeSpan Tolerance { get; }

    /// <summary>Custom settings: whole minutes, interval 5-60 minutes, after-end 0-24 hours, baseline window 1-120 minutes,
    /// tolerance 0 to less than half the interval (so one reading never counts for two due times).</summary>
    /// <param name="interval">Time between readings.</param>
    /// <param name="afterEnd">Monitoring after the end.</param>
    /// <param name="baselineWindow">Baseline window before the start.</param>
    /// <param name="tolerance">Tolerance either side of a due time.</param>
    /// <returns>The settings, or error <c>invalidMonitoringSetting</c> on the first setting that breaks its rule.</returns>
    public static Result<MonitoringPolicy> Create(TimeSpan interval, TimeSpan afterEnd, TimeSpan baselineWindow, TimeSpan tolerance)
    {
        if (!WholeMinutes(interval, 5, 60))
        {
            return Invalid("monitoringIntervalMinutes", "The interval must be a whole number of minutes from 5 to 60.");
        }
        if (!WholeMinutes(afterEnd, 0, 24 * 60))
        {
            return Invalid("monitoringAfterEndMinutes", "Monitoring after the end must be a whole number of minutes from 0 to 24 hours.");
        }
        if (!WholeMinutes(baselineWindow, 1, 120))
        {
            return Invalid("baselineWindowMinutes", "The baseline window must be a whole number of minutes from 1 to 120.");
        }
        if (!WholeMinutes(tolerance, 0, 60) || tolerance * 2 >= interval)
        {
            return Invalid("monitoringToleranceMinutes", "The tolerance must be a whole number of minutes, less than half the interval.");
        }
        return new MonitoringPolicy(interval, afterEnd, baselineWindow, tolerance);
    }

    private static bool WholeMinutes(TimeSpan value, int min, int max) =>
        value.Ticks % TimeSpan.TicksPerMinute == 0 && value >= TimeSpan.FromMinutes(min) && value <= TimeSpan.FromMinutes(max);

    private static ValidationError Invalid(string field, string message) => new(field, InfusionErrorCodes.InvalidMonitoringSetting, message);
}
