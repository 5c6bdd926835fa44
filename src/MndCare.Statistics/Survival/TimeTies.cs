namespace MndCare.Statistics.Survival;

/// <summary>Merges follow-up times that differ only by floating-point noise, as R's <c>aeqSurv</c> (the <c>timefix = TRUE</c> default
/// of <c>survfit</c> and <c>coxph</c>).</summary>
/// <remarks>R survival 3.5-3, aeqSurv: sorted unique times closer than √ε absolutely, or relative to the mean absolute unique time,
/// are one tie; each time is replaced by the smallest time of its tie. docs/statistics/survival.md.</remarks>
internal static class TimeTies
{
    /// <summary>√ε of IEEE doubles, R's <c>sqrt(.Machine$double.eps)</c>.</summary>
    public const double Tolerance = 1.4901161193847656e-08;

    /// <summary>The times with near ties merged; the input array itself when there is nothing to merge.</summary>
    public static double[] Merge(double[] time)
    {
        var unique = (double[])time.Clone();
        Array.Sort(unique);
        var count = 0;
        for (var i = 0; i < unique.Length; i++)
        {
            if (count == 0 || unique[i] != unique[count - 1])
            {
                unique[count++] = unique[i];
            }
        }
        if (count < 2)
        {
            return time;
        }
        var meanAbsolute = 0.0;
        for (var i = 0; i < count; i++)
        {
            meanAbsolute += Math.Abs(unique[i]);
        }
        meanAbsolute /= count;
        var cut = new double[count];
        cut[0] = unique[0];
        var anyTied = false;
        for (var i = 1; i < count; i++)
        {
            var gap = unique[i] - unique[i - 1];
            var tied = gap <= Tolerance || gap / meanAbsolute <= Tolerance;
            anyTied |= tied;
            cut[i] = tied ? cut[i - 1] : unique[i];
        }
        if (!anyTied)
        {
            return time;
        }
        var merged = new double[time.Length];
        for (var i = 0; i < time.Length; i++)
        {
            merged[i] = cut[Array.BinarySearch(unique, 0, count, time[i])];
        }
        return merged;
    }
}
