using System.Runtime.CompilerServices;

namespace MndCare.Statistics.Mixed;

/// <summary>One patient's sufficient statistics: every cross-product of the columns 1, months (t), post_months (p) and the
/// centred score (y) that the REML criterion needs, so each evaluation costs O(patients), not O(observations).</summary>
/// <remarks>Z = [1, t] and X = [1, t, p]: Z'Z = [[N, St], [St, Stt]], Z'X = [[N, St, Sp], [St, Stt, Stp]], Z'y = [Sy, Sty].
/// Without post_months the p sums stay 0 and the model uses the first two columns only.</remarks>
internal struct PatientMoments
{
    public double N, St, Stt, Sp, Stp, Spp, Sy, Sty, Spy, Syy;

    /// <summary>Sums each patient's rows once; <paramref name="centre"/> is subtracted from every score (the intercept absorbs it).</summary>
    // Fully optimised from the first call: it runs once, on every row.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static PatientMoments[] Accumulate(TrajectoryData data, double centre)
    {
        var moments = new PatientMoments[data.GroupCount];
        var post = data.PostMonths;
        for (var i = 0; i < data.Count; i++)
        {
            ref var m = ref moments[data.Group[i]];
            var t = data.Months[i];
            var p = post is null ? 0 : post[i];
            var y = data.Score[i] - centre;
            m.N += 1;
            m.St += t;
            m.Stt += t * t;
            m.Sp += p;
            m.Stp += t * p;
            m.Spp += p * p;
            m.Sy += y;
            m.Sty += t * y;
            m.Spy += p * y;
            m.Syy += y * y;
        }
        return moments;
    }

    /// <summary>The sums over all patients (X'X, X'y and y'y of the whole data).</summary>
    public static PatientMoments Total(PatientMoments[] moments)
    {
        var total = default(PatientMoments);
        foreach (var m in moments)
        {
            total.N += m.N;
            total.St += m.St;
            total.Stt += m.Stt;
            total.Sp += m.Sp;
            total.Stp += m.Stp;
            total.Spp += m.Spp;
            total.Sy += m.Sy;
            total.Sty += m.Sty;
            total.Spy += m.Spy;
            total.Syy += m.Syy;
        }
        return total;
    }

    /// <summary>X'X as a row-major 3×3 matrix (columns 1, t, p).</summary>
    public readonly double[] CrossProduct() => [N, St, Sp, St, Stt, Stp, Sp, Stp, Spp];

    /// <summary>X'y (columns 1, t, p).</summary>
    public readonly double[] CrossScore() => [Sy, Sty, Spy];
}
