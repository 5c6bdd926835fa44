using MathNet.Numerics.LinearAlgebra;

namespace MndCare.Statistics.Mixed;

/// <summary>The conditional modes of the random effects at θ and β: u = L⁻ᵀ(c_u − R_ZX β) and b = Λu per patient
/// (Bates et al. 2015, eq. 31 and 38), with ‖u‖², the penalty of the penalised residual sum of squares.</summary>
/// <param name="Intercept">Each patient's random intercept b₀ (relative to the centred score).</param>
/// <param name="Slope">Each patient's random slope b₁ on months.</param>
/// <param name="SphericalSquaredNorm">Σ‖u‖² over patients.</param>
internal sealed record RandomEffects(double[] Intercept, double[] Slope, double SphericalSquaredNorm)
{
    public static RandomEffects Conditional(PatientMoments[] moments, double[] theta, Vector<double> beta)
    {
        var (t1, t2, t3) = (theta[0], theta[1], theta[2]);
        var (beta0, beta1, beta2) = (beta[0], beta[1], beta.Count > 2 ? beta[2] : 0);
        var intercept = new double[moments.Length];
        var slope = new double[moments.Length];
        double penalty = 0;
        for (var i = 0; i < moments.Length; i++)
        {
            var f = new PatientFactor(moments[i], t1, t2, t3);
            var rhs0 = f.C0 - ((f.R00 * beta0) + (f.R01 * beta1) + (f.R02 * beta2));
            var rhs1 = f.C1 - ((f.R10 * beta0) + (f.R11 * beta1) + (f.R12 * beta2));
            var u1 = rhs1 / f.L11;
            var u0 = (rhs0 - (f.L10 * u1)) / f.L00;
            penalty += (u0 * u0) + (u1 * u1);
            intercept[i] = t1 * u0;
            slope[i] = (t2 * u0) + (t3 * u1);
        }
        return new RandomEffects(intercept, slope, penalty);
    }
}
