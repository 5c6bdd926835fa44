using MathNet.Numerics.LinearAlgebra;

namespace MndCare.Statistics.Mixed;

/// <summary>A projected Newton method for a smooth function of a few parameters with lower bounds, given its exact
/// gradient; the Hessian is the forward difference of the gradient.</summary>
/// <remarks>Bertsekas DP. Projected Newton methods for optimization problems with simple constraints. SIAM J Control Optim
/// 1982;20(2):221–246: parameters at their bound whose gradient points outward are held there; the others take a
/// Newton step (Levenberg-shifted when the Hessian is not positive definite) with an Armijo backtracking search along
/// the projected path. docs/statistics/lmm.md.</remarks>
internal static class BoundedNewton
{
    /// <summary>Steps below this (in θ, a ratio of standard deviations) end the search: the optimum is reached.</summary>
    public const double StepTolerance = 1e-9;

    /// <summary>A Newton decrement −g'd below this (in units of the criterion, here −2 log-likelihood) ends the search: the
    /// remaining step is taken without a line search, which at this size would only measure rounding.</summary>
    public const double DecrementTolerance = 1e-8;

    private const int MaximumIterations = 200;
    private const double ArmijoFraction = 1e-4;
    private const double RelativeDifferenceStep = 1e-6;

    /// <summary>Minimises <paramref name="objective"/> (value; it fills the gradient) from <paramref name="start"/> subject to x ≥ <paramref name="lower"/>.</summary>
    public static (double[] X, bool Converged) Minimize(Func<double[], double[], double> objective, double[] start, double[] lower)
    {
        var dimension = start.Length;
        var x = (double[])start.Clone();
        var gradient = new double[dimension];
        var value = objective(x, gradient);
        var probe = new double[dimension];
        var probeGradient = new double[dimension];
        for (var iteration = 0; iteration < MaximumIterations; iteration++)
        {
            var free = new bool[dimension];
            for (var j = 0; j < dimension; j++)
            {
                free[j] = x[j] > lower[j] || gradient[j] < 0;
            }
            var hessian = Hessian(objective, x, gradient, probe, probeGradient);
            var direction = NewtonDirection(hessian, gradient, free);
            var decrement = 0.0;
            for (var j = 0; j < dimension; j++)
            {
                decrement -= gradient[j] * direction[j];
            }
            if (decrement < DecrementTolerance)
            {
                for (var j = 0; j < dimension; j++)
                {
                    x[j] = Math.Max(lower[j], x[j] + direction[j]);
                }
                return (x, true);
            }
            var accepted = false;
            var stepLength = 1.0;
            for (var halving = 0; halving < 60 && !accepted; halving++, stepLength /= 2)
            {
                double decrease = 0;
                for (var j = 0; j < dimension; j++)
                {
                    probe[j] = Math.Max(lower[j], x[j] + (stepLength * direction[j]));
                    decrease += gradient[j] * (probe[j] - x[j]);
                }
                if (probe.AsSpan().SequenceEqual(x))
                {
                    return (x, true);
                }
                var probeValue = objective(probe, probeGradient);
                accepted = probeValue <= value + (ArmijoFraction * decrease);
                if (accepted)
                {
                    var step = MaxDistance(probe, x);
                    (x, probe) = (probe, x);
                    (gradient, probeGradient) = (probeGradient, gradient);
                    value = probeValue;
                    if (step < StepTolerance * (1 + MaxAbs(x)))
                    {
                        return (x, true);
                    }
                }
            }
            if (!accepted)
            {
                // No decrease along a descent direction: the criterion is flat to rounding here.
                return (x, true);
            }
        }
        return (x, false);
    }

    private static Matrix<double> Hessian(Func<double[], double[], double> objective, double[] x, double[] gradient, double[] probe, double[] probeGradient)
    {
        var dimension = x.Length;
        var hessian = Matrix<double>.Build.Dense(dimension, dimension);
        for (var j = 0; j < dimension; j++)
        {
            x.CopyTo(probe, 0);
            // Always upward: a parameter at its lower bound stays feasible.
            var step = RelativeDifferenceStep * Math.Max(1, Math.Abs(x[j]));
            probe[j] += step;
            objective(probe, probeGradient);
            for (var k = 0; k < dimension; k++)
            {
                hessian[k, j] = (probeGradient[k] - gradient[k]) / step;
            }
        }
        return (hessian + hessian.Transpose()) / 2;
    }

    private static double[] NewtonDirection(Matrix<double> hessian, double[] gradient, bool[] free)
    {
        var index = Enumerable.Range(0, gradient.Length).Where(j => free[j]).ToArray();
        var direction = new double[gradient.Length];
        if (index.Length == 0)
        {
            return direction;
        }
        var reduced = Matrix<double>.Build.Dense(index.Length, index.Length, (r, c) => hessian[index[r], index[c]]);
        var rhs = Vector<double>.Build.Dense(index.Length, r => -gradient[index[r]]);
        var scale = Math.Max(1e-12, reduced.Diagonal().AbsoluteMaximum());
        for (var shift = 0.0; ; shift = shift == 0 ? scale * 1e-10 : shift * 10)
        {
            var shifted = reduced + (shift * Matrix<double>.Build.DenseIdentity(index.Length));
            if (TryCholeskySolve(shifted, rhs, out var step))
            {
                for (var r = 0; r < index.Length; r++)
                {
                    direction[index[r]] = step[r];
                }
                return direction;
            }
        }
    }

    private static bool TryCholeskySolve(Matrix<double> matrix, Vector<double> rhs, out Vector<double> solution)
    {
        try
        {
            solution = matrix.Cholesky().Solve(rhs);
            return solution.All(double.IsFinite);
        }
        catch (ArgumentException)
        {
            solution = rhs;
            return false;
        }
    }

    private static double MaxDistance(double[] a, double[] b)
    {
        double max = 0;
        for (var j = 0; j < a.Length; j++)
        {
            max = Math.Max(max, Math.Abs(a[j] - b[j]));
        }
        return max;
    }

    private static double MaxAbs(double[] a) => a.Max(Math.Abs);
}
