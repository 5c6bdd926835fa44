using System.Runtime.CompilerServices;
using MathNet.Numerics.LinearAlgebra;

namespace MndCare.Statistics.Mixed;

/// <summary>lme4's profiled REML criterion d(θ) and its exact gradient for (months | patient), evaluated block by block.</summary>
/// <remarks>
/// Bates et al. 2015 (J Stat Softw 67(1)), section 3: with the relative covariance factor Λ = [[θ1, 0], [θ2, θ3]] and per
/// patient M = Λ'Z'ZΛ + I = LL' (2×2), R_ZX = L⁻¹Λ'Z'X and c_u = L⁻¹Λ'Z'y, the fixed-effects block is
/// R_X'R_X = X'X − Σ R_ZX'R_ZX (p×p, Math.NET Cholesky), c_β = R_X⁻ᵀ(X'y − Σ R_ZX'c_u), β = R_X⁻¹c_β,
/// r² = y'y − Σ|c_u|² − |c_β|² and d = Σ log|M| + log|R_X|² + (n − p)(1 + log(2πr²/(n − p))) (eq. 42).
/// The gradient is the classical REML score in Σ = ΛΛ' (tr(P ∂V) − (n − p) y'P∂VPy / r², P the REML projection),
/// again in 2×2 blocks: G = Σ (Z'V⁻¹Z − C H⁻¹ C') − (n − p)/r² Σ g g' with C = Z'V⁻¹X, g = Z'V⁻¹(y − Xβ),
/// and ∂d/∂Λ = 2GΛ. Patients are summed in fixed blocks, in parallel, and the block sums added in block order, so the
/// result does not depend on the number of cores. docs/statistics/lmm.md.
/// </remarks>
internal sealed class ProfiledReml
{
    private const int PerPatientScratch = 8;

    // Patients per block: large enough that a block outweighs scheduling it, small enough to share 100,000 patients among cores.
    private const int BlockSize = 8192;

    private readonly PatientMoments[] _patients;
    private readonly int _p;
    private readonly int _n;
    private readonly Matrix<double> _xtx;
    private readonly Vector<double> _xty;
    private readonly double _yty;
    private readonly double[] _scratch;
    private readonly int _blocks;

    public ProfiledReml(PatientMoments[] patients, int fixedEffects)
    {
        _patients = patients;
        _p = fixedEffects;
        var total = PatientMoments.Total(patients);
        _n = checked((int)total.N);
        _xtx = Matrix<double>.Build.DenseOfRowMajor(3, 3, total.CrossProduct()).SubMatrix(0, _p, 0, _p);
        _xty = Vector<double>.Build.DenseOfArray(total.CrossScore()).SubVector(0, _p);
        _yty = total.Syy;
        _scratch = new double[patients.Length * PerPatientScratch];
        _blocks = (patients.Length + BlockSize - 1) / BlockSize;
    }

    /// <summary>How many times the criterion was evaluated.</summary>
    public int Evaluations { get; private set; }

    /// <summary>X'X of the fixed effects.</summary>
    public Matrix<double> CrossProduct => _xtx;

    /// <summary>The criterion at θ; fills <paramref name="gradient"/> (3 entries) unless it is empty.</summary>
    public RemlPoint Evaluate(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        Evaluations++;
        var (t1, t2, t3) = (theta[0], theta[1], theta[2]);
        var withGradient = !gradient.IsEmpty;
        var blocks = new FactorSums[_blocks];
        Parallel.For(0, _blocks, b => blocks[b] = FactorBlock(b, t1, t2, t3, withGradient));
        var sums = default(FactorSums);
        foreach (var block in blocks)
        {
            sums.Add(block);
        }
        var point = Solve(sums);
        if (withGradient)
        {
            Gradient(point, t1, t2, t3, sums, gradient);
        }
        return point;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private FactorSums FactorBlock(int block, double t1, double t2, double t3, bool withGradient)
    {
        var sums = default(FactorSums);
        var scratch = _scratch;
        var end = Math.Min(_patients.Length, (block + 1) * BlockSize);
        for (var i = block * BlockSize; i < end; i++)
        {
            ref readonly var m = ref _patients[i];
            var f = new PatientFactor(m, t1, t2, t3);
            double r00 = f.R00, r01 = f.R01, r02 = f.R02, r10 = f.R10, r11 = f.R11, r12 = f.R12, c0 = f.C0, c1 = f.C1;
            sums.LogDetL += f.LogDeterminant;
            sums.Srr00 += (r00 * r00) + (r10 * r10);
            sums.Srr01 += (r00 * r01) + (r10 * r11);
            sums.Srr02 += (r00 * r02) + (r10 * r12);
            sums.Srr11 += (r01 * r01) + (r11 * r11);
            sums.Srr12 += (r01 * r02) + (r11 * r12);
            sums.Srr22 += (r02 * r02) + (r12 * r12);
            sums.Src0 += (r00 * c0) + (r10 * c1);
            sums.Src1 += (r01 * c0) + (r11 * c1);
            sums.Src2 += (r02 * c0) + (r12 * c1);
            sums.Scc += (c0 * c0) + (c1 * c1);
            if (!withGradient)
            {
                continue;
            }
            // K = AΛL⁻ᵀ; then Z'V⁻¹Z = A − KK', C = Z'V⁻¹X = B − K R_ZX and a = Z'V⁻¹y = z − K c_u.
            var k00 = f.Q00 / f.L00;
            var k01 = (f.Q01 - (k00 * f.L10)) / f.L11;
            var k10 = f.Q10 / f.L00;
            var k11 = (f.Q11 - (k10 * f.L10)) / f.L11;
            sums.W00 += m.N - ((k00 * k00) + (k01 * k01));
            sums.W01 += m.St - ((k00 * k10) + (k01 * k11));
            sums.W11 += m.Stt - ((k10 * k10) + (k11 * k11));
            var s = scratch.AsSpan(i * PerPatientScratch, PerPatientScratch);
            s[7] = m.Sty - ((k10 * c0) + (k11 * c1));
            s[6] = m.Sy - ((k00 * c0) + (k01 * c1));
            s[5] = m.Stp - ((k10 * r02) + (k11 * r12));
            s[4] = m.Stt - ((k10 * r01) + (k11 * r11));
            s[3] = m.St - ((k10 * r00) + (k11 * r10));
            s[2] = m.Sp - ((k00 * r02) + (k01 * r12));
            s[1] = m.St - ((k00 * r01) + (k01 * r11));
            s[0] = m.N - ((k00 * r00) + (k01 * r10));
        }
        return sums;
    }

    // Σ R_ZX'R_ZX and Σ R_ZX'c_u give the p×p fixed-effects block and its right-hand side.
    private RemlPoint Solve(FactorSums sums)
    {
        double[] srr = [sums.Srr00, sums.Srr01, sums.Srr02, sums.Srr01, sums.Srr11, sums.Srr12, sums.Srr02, sums.Srr12, sums.Srr22];
        double[] src = [sums.Src0, sums.Src1, sums.Src2];
        var h = Matrix<double>.Build.Dense(_p, _p, (r, c) => _xtx[r, c] - srr[(r * 3) + c]);
        var rhs = Vector<double>.Build.Dense(_p, k => _xty[k] - src[k]);
        var cholesky = h.Cholesky();
        var beta = cholesky.Solve(rhs);
        // |c_β|² = rhs'(R_X'R_X)⁻¹rhs = rhs'β.
        var penalizedRss = _yty - sums.Scc - rhs.DotProduct(beta);
        return Criterion(sums.LogDetL, cholesky.DeterminantLn, penalizedRss, beta, h);
    }

    /// <summary>The criterion of eq. 42 from its parts (also used after the final residual pass).</summary>
    public RemlPoint Criterion(double logDetL, double logDetH, double penalizedRss, Vector<double> beta, Matrix<double> h)
    {
        var dof = _n - _p;
        var deviance = logDetL + logDetH + (dof * (1 + Math.Log(2 * Math.PI * penalizedRss / dof)));
        return new RemlPoint(deviance, beta, h, penalizedRss, logDetL, logDetH);
    }

    private void Gradient(RemlPoint point, double t1, double t2, double t3, FactorSums sums, Span<double> gradient)
    {
        // H⁻¹ and β padded to 3 columns (zeros without post_months), so the patient loop has no matrix indexers.
        var inverse = point.FixedCrossProduct.Inverse();
        var h = new double[9];
        var beta = new double[3];
        for (var k = 0; k < _p; k++)
        {
            beta[k] = point.Beta[k];
            for (var l = 0; l < _p; l++)
            {
                h[(k * 3) + l] = inverse[k, l];
            }
        }
        var blocks = new GradientSums[_blocks];
        Parallel.For(0, _blocks, b => blocks[b] = GradientBlock(b, h, beta));
        var g = default(GradientSums);
        foreach (var block in blocks)
        {
            g.Add(block);
        }
        var scale = (_n - _p) / point.PenalizedRss;
        var g00 = sums.W00 - g.Chc00 - (scale * g.Gg00);
        var g01 = sums.W01 - g.Chc01 - (scale * g.Gg01);
        var g11 = sums.W11 - g.Chc11 - (scale * g.Gg11);
        gradient[0] = 2 * ((g00 * t1) + (g01 * t2));
        gradient[1] = 2 * ((g01 * t1) + (g11 * t2));
        gradient[2] = 2 * g11 * t3;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private GradientSums GradientBlock(int block, double[] h, double[] beta)
    {
        double h00 = h[0], h01 = h[1], h02 = h[2], h11 = h[4], h12 = h[5], h22 = h[8], beta0 = beta[0], beta1 = beta[1], beta2 = beta[2];
        var sums = default(GradientSums);
        var scratch = _scratch;
        var end = Math.Min(scratch.Length, (block + 1) * BlockSize * PerPatientScratch);
        for (var i = block * BlockSize * PerPatientScratch; i < end; i += PerPatientScratch)
        {
            // This patient's C = Z'V⁻¹X (rows c, d) and a = Z'V⁻¹y; g = a − Cβ.
            double c0 = scratch[i], c1 = scratch[i + 1], c2 = scratch[i + 2], d0 = scratch[i + 3], d1 = scratch[i + 4], d2 = scratch[i + 5];
            var g0 = scratch[i + 6] - ((c0 * beta0) + (c1 * beta1) + (c2 * beta2));
            var g1 = scratch[i + 7] - ((d0 * beta0) + (d1 * beta1) + (d2 * beta2));
            sums.Gg00 += g0 * g0;
            sums.Gg01 += g0 * g1;
            sums.Gg11 += g1 * g1;
            // C H⁻¹ C'.
            var u0 = (h00 * c0) + (h01 * c1) + (h02 * c2);
            var u1 = (h01 * c0) + (h11 * c1) + (h12 * c2);
            var u2 = (h02 * c0) + (h12 * c1) + (h22 * c2);
            var v0 = (h00 * d0) + (h01 * d1) + (h02 * d2);
            var v1 = (h01 * d0) + (h11 * d1) + (h12 * d2);
            var v2 = (h02 * d0) + (h12 * d1) + (h22 * d2);
            sums.Chc00 += (c0 * u0) + (c1 * u1) + (c2 * u2);
            sums.Chc01 += (c0 * v0) + (c1 * v1) + (c2 * v2);
            sums.Chc11 += (d0 * v0) + (d1 * v1) + (d2 * v2);
        }
        return sums;
    }

    // Σ over patients of log|M|, R_ZX'R_ZX (upper triangle), R_ZX'c_u, |c_u|² and Z'V⁻¹Z.
    private struct FactorSums
    {
        public double LogDetL, Srr00, Srr01, Srr02, Srr11, Srr12, Srr22, Src0, Src1, Src2, Scc, W00, W01, W11;

        public void Add(in FactorSums o)
        {
            LogDetL += o.LogDetL;
            Srr00 += o.Srr00;
            Srr01 += o.Srr01;
            Srr02 += o.Srr02;
            Srr11 += o.Srr11;
            Srr12 += o.Srr12;
            Srr22 += o.Srr22;
            Src0 += o.Src0;
            Src1 += o.Src1;
            Src2 += o.Src2;
            Scc += o.Scc;
            W00 += o.W00;
            W01 += o.W01;
            W11 += o.W11;
        }
    }

    // Σ over patients of C H⁻¹ C' and g g'.
    private struct GradientSums
    {
        public double Chc00, Chc01, Chc11, Gg00, Gg01, Gg11;

        public void Add(in GradientSums o)
        {
            Chc00 += o.Chc00;
            Chc01 += o.Chc01;
            Chc11 += o.Chc11;
            Gg00 += o.Gg00;
            Gg01 += o.Gg01;
            Gg11 += o.Gg11;
        }
    }
}

/// <summary>The profiled REML criterion at one θ with the quantities the fit reports.</summary>
/// <param name="Deviance">lme4's REMLcrit().</param>
/// <param name="Beta">The fixed effects (of the centred score).</param>
/// <param name="FixedCrossProduct">R_X'R_X = X'V⁻¹X (relative); vcov(β) = σ² times its inverse.</param>
/// <param name="PenalizedRss">r², the penalised residual sum of squares.</param>
/// <param name="LogDetL">Σ log|M| over patients.</param>
/// <param name="LogDetRX">log|R_X|².</param>
internal sealed record RemlPoint(double Deviance, Vector<double> Beta, Matrix<double> FixedCrossProduct, double PenalizedRss, double LogDetL, double LogDetRX);
