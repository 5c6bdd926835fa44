namespace MndCare.Statistics.Survival;

/// <summary>The data as coxfit6 iterates on it: sorted by time, each covariate column centred on its mean and scaled by the inverse of
/// its mean absolute deviation, except columns holding only −1, 0 and 1 (coxph's <c>nocenter</c> default), which are left as they are.</summary>
/// <remarks>Centring and scaling make the Newton steps well conditioned; the coefficients are scaled back (β = β_scaled × scale).
/// R survival 3.5-3 coxph.fit and coxfit6.c.</remarks>
internal sealed record CoxDesign(double[] Time, bool[] Event, double[][] Columns, double[] Means, double[] Scales)
{
    public static CoxDesign Create(double[] time, IReadOnlyList<bool> eventObserved, IReadOnlyList<double[]> rows, int p)
    {
        var n = time.Length;
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
        }
        // Stable, as R's order(): ties keep their input order, so the sums run in R's order.
        Array.Sort(order, (a, b) => time[a] != time[b] ? time[a].CompareTo(time[b]) : a.CompareTo(b));
        var sortedTime = new double[n];
        var sortedEvent = new bool[n];
        var columns = new double[p][];
        for (var j = 0; j < p; j++)
        {
            columns[j] = new double[n];
        }
        for (var i = 0; i < n; i++)
        {
            sortedTime[i] = time[order[i]];
            sortedEvent[i] = eventObserved[order[i]];
            for (var j = 0; j < p; j++)
            {
                columns[j][i] = rows[order[i]][j];
            }
        }
        var means = new double[p];
        var scales = new double[p];
        for (var j = 0; j < p; j++)
        {
            (means[j], scales[j]) = CentreAndScale(columns[j]);
        }
        return new CoxDesign(sortedTime, sortedEvent, columns, means, scales);
    }

    private static (double Mean, double Scale) CentreAndScale(double[] column)
    {
        if (Array.TrueForAll(column, v => v is -1 or 0 or 1))
        {
            return (0, 1);
        }
        var mean = 0.0;
        foreach (var value in column)
        {
            mean += value;
        }
        mean /= column.Length;
        var absoluteDeviation = 0.0;
        for (var i = 0; i < column.Length; i++)
        {
            column[i] -= mean;
            absoluteDeviation += Math.Abs(column[i]);
        }
        var scale = absoluteDeviation > 0 ? column.Length / absoluteDeviation : 1;
        for (var i = 0; i < column.Length; i++)
        {
            column[i] *= scale;
        }
        return (mean, scale);
    }
}
