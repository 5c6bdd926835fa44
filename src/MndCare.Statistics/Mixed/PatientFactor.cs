using System.Runtime.CompilerServices;

namespace MndCare.Statistics.Mixed;

/// <summary>One patient's 2×2 block of lme4's sparse Cholesky factor at θ: L with LL' = Λ'Z'ZΛ + I, R_ZX = L⁻¹Λ'Z'X and
/// c_u = L⁻¹Λ'Z'y (Bates et al. 2015, section 3.2), plus AΛ (A = Z'Z), which the gradient reuses.</summary>
internal readonly struct PatientFactor
{
    public readonly double L00, L10, L11, LogDeterminant;
    public readonly double R00, R01, R02, R10, R11, R12, C0, C1;
    public readonly double Q00, Q01, Q10, Q11;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PatientFactor(in PatientMoments m, double t1, double t2, double t3)
    {
        Q00 = (m.N * t1) + (m.St * t2);
        Q01 = m.St * t3;
        Q10 = (m.St * t1) + (m.Stt * t2);
        Q11 = m.Stt * t3;
        var m00 = 1 + (t1 * Q00) + (t2 * Q10);
        var m01 = (t1 * Q01) + (t2 * Q11);
        var m11 = 1 + (t3 * Q11);
        L00 = Math.Sqrt(m00);
        L10 = m01 / L00;
        var l11Squared = m11 - (L10 * L10);
        L11 = Math.Sqrt(l11Squared);
        LogDeterminant = Math.Log(m00 * l11Squared);
        // Λ'B with B = Z'X, rows (N, St, Sp) and (St, Stt, Stp); then a forward solve with L.
        R00 = ((t1 * m.N) + (t2 * m.St)) / L00;
        R01 = ((t1 * m.St) + (t2 * m.Stt)) / L00;
        R02 = ((t1 * m.Sp) + (t2 * m.Stp)) / L00;
        R10 = ((t3 * m.St) - (L10 * R00)) / L11;
        R11 = ((t3 * m.Stt) - (L10 * R01)) / L11;
        R12 = ((t3 * m.Stp) - (L10 * R02)) / L11;
        C0 = ((t1 * m.Sy) + (t2 * m.Sty)) / L00;
        C1 = ((t3 * m.Sty) - (L10 * C0)) / L11;
    }
}
