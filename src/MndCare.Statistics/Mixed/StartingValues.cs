namespace MndCare.Statistics.Mixed;

/// <summary>A starting θ from each patient's own least-squares line: the spread of the patients' intercepts and slopes, less
/// their sampling variance, relative to the pooled residual variance (a method-of-moments estimate).</summary>
/// <remarks>Only the start of the search: the optimum is the same from lme4's start (θ = 1, 0, 1), which is used when too
/// few patients have three or more visits at different times; a start near the optimum saves Newton iterations.</remarks>
internal static class StartingValues
{
    /// <summary>lme4's starting point for a 2×2 relative covariance factor: the identity.</summary>
    public static readonly double[] Lme4Default = [1, 0, 1];

    private const int MinimumPatients = 3;
    private const double SmallestIntercept = 0.1;
    private const double SmallestSlope = 0.01;

    public static double[] FromPatientLines(PatientMoments[] patients)
    {
        double rss = 0, residualDf = 0, k = 0, sa = 0, sb = 0, saa = 0, sab = 0, sbb = 0, v00 = 0, v01 = 0, v11 = 0;
        foreach (var m in patients)
        {
            var det = (m.N * m.Stt) - (m.St * m.St);
            if (m.N < 3 || !(det > 1e-8 * m.N * m.Stt))
            {
                continue;
            }
            var a = ((m.Stt * m.Sy) - (m.St * m.Sty)) / det;
            var b = ((m.N * m.Sty) - (m.St * m.Sy)) / det;
            rss += m.Syy - ((a * m.Sy) + (b * m.Sty));
            residualDf += m.N - 2;
            k++;
            (sa, sb, saa, sab, sbb) = (sa + a, sb + b, saa + (a * a), sab + (a * b), sbb + (b * b));
            // (Z'Z)⁻¹: the sampling covariance of (a, b) per unit of residual variance.
            (v00, v01, v11) = (v00 + (m.Stt / det), v01 - (m.St / det), v11 + (m.N / det));
        }
        var sigmaSquared = rss / residualDf;
        if (k < MinimumPatients || !(sigmaSquared > 0))
        {
            return (double[])Lme4Default.Clone();
        }
        var c00 = (((saa - (sa * sa / k)) / (k - 1)) - (sigmaSquared * v00 / k)) / sigmaSquared;
        var c01 = (((sab - (sa * sb / k)) / (k - 1)) - (sigmaSquared * v01 / k)) / sigmaSquared;
        var c11 = (((sbb - (sb * sb / k)) / (k - 1)) - (sigmaSquared * v11 / k)) / sigmaSquared;
        var t1 = Math.Max(SmallestIntercept, Math.Sqrt(Math.Max(0, c00)));
        var t2 = c01 / t1;
        var t3 = Math.Max(SmallestSlope, Math.Sqrt(Math.Max(0, c11 - (t2 * t2))));
        return [t1, t2, t3];
    }
}
