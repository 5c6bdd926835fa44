namespace MndCare.Statistics.Mixed;

/// <summary>Repeated scores of many patients in columns: one entry per usable observation, groups numbered 0..GroupCount-1.</summary>
/// <param name="Group">The patient (group) index of each observation, 0 ≤ index &lt; <paramref name="GroupCount"/>.</param>
/// <param name="Months">Months since the time origin of each observation (the <c>months</c> column).</param>
/// <param name="PostMonths">Months since the start of a treatment course (0 before it), or null when the model has no post-course term.</param>
/// <param name="Score">The response, here the ALSFRS-R total.</param>
/// <param name="GroupCount">How many groups have at least one observation.</param>
public sealed record TrajectoryData(int[] Group, double[] Months, double[]? PostMonths, double[] Score, int GroupCount)
{
    /// <summary>The number of observations.</summary>
    public int Count => Score.Length;
}
