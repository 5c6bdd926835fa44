namespace MndCare.Statistics.Survival;

/// <summary>The preconditions every survival fit shares: one event flag per time, and times finite and not negative.</summary>
internal static class SurvivalInput
{
    /// <summary>The number of subjects; throws when the caller passed inconsistent or impossible input (a bug, not data).</summary>
    public static int CheckTimes(IReadOnlyList<double> time, IReadOnlyList<bool> eventObserved)
    {
        if (time.Count != eventObserved.Count)
        {
            throw new ArgumentException("One event flag per time is required.", nameof(eventObserved));
        }
        for (var i = 0; i < time.Count; i++)
        {
            if (!double.IsFinite(time[i]) || time[i] < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(time), time[i], "Follow-up times are finite and not negative.");
            }
        }
        return time.Count;
    }
}
