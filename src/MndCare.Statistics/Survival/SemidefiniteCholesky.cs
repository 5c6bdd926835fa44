namespace MndCare.Statistics.Survival;

/// <summary>The LDLᵀ decomposition of a symmetric positive semidefinite matrix that marks near-zero pivots as singular directions
/// instead of failing, with the same tolerance rule as R survival's cholesky2 (used by coxph).</summary>
/// <remarks>A pivot below <c>toler.chol</c> × the largest diagonal element (or not finite) is set to zero, its column of L to
/// zero, and solves and the inverse return 0 in that direction, so a singular information matrix says which covariate it is.
/// MathNet's Cholesky throws on such matrices without saying which column; R survival 3.5-3, src/cholesky2.c (Therneau).</remarks>
internal sealed class SemidefiniteCholesky
{
    /// <summary>R's <c>coxph.control()$toler.chol</c>: <c>.Machine$double.eps^0.75</c>.</summary>
    public static readonly double Tolerance = Math.Pow(2.220446049250313e-16, 0.75);

    private readonly double[,] _l;
    private readonly double[] _d;

    /// <summary>Decomposes <paramref name="matrix"/> (only its lower triangle is read).</summary>
    public SemidefiniteCholesky(double[,] matrix)
    {
        var n = matrix.GetLength(0);
        _l = new double[n, n];
        _d = new double[n];
        var largest = 0.0;
        for (var i = 0; i < n; i++)
        {
            largest = Math.Max(largest, matrix[i, i]);
            for (var j = 0; j <= i; j++)
            {
                _l[i, j] = matrix[i, j];
            }
        }
        var threshold = largest == 0 ? Tolerance : largest * Tolerance;
        for (var i = 0; i < n; i++)
        {
            var pivot = _l[i, i];
            _l[i, i] = 1;
            if (!double.IsFinite(pivot) || pivot < threshold)
            {
                for (var j = i + 1; j < n; j++)
                {
                    _l[j, i] = 0;
                }
                continue;
            }
            _d[i] = pivot;
            Rank++;
            for (var j = i + 1; j < n; j++)
            {
                var factor = _l[j, i] / pivot;
                _l[j, i] = factor;
                _l[j, j] -= factor * factor * pivot;
                for (var k = j + 1; k < n; k++)
                {
                    _l[k, j] -= factor * _l[k, i];
                }
            }
        }
    }

    /// <summary>How many pivots are above the tolerance.</summary>
    public int Rank { get; }

    /// <summary>True when pivot <paramref name="index"/> was found singular.</summary>
    public bool IsSingular(int index) => _d[index] == 0;

    /// <summary>Solves A·x = b, with 0 in the singular directions.</summary>
    public double[] Solve(ReadOnlySpan<double> b)
    {
        var n = _d.Length;
        var x = b.ToArray();
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < i; j++)
            {
                x[i] -= _l[i, j] * x[j];
            }
        }
        for (var i = n - 1; i >= 0; i--)
        {
            if (_d[i] == 0)
            {
                x[i] = 0;
                continue;
            }
            x[i] /= _d[i];
            for (var j = i + 1; j < n; j++)
            {
                x[i] -= _l[j, i] * x[j];
            }
        }
        return x;
    }

    /// <summary>The inverse (the generalised inverse with zero rows and columns for singular directions).</summary>
    public double[,] Inverse()
    {
        var n = _d.Length;
        var inverse = new double[n, n];
        var unit = new double[n];
        for (var j = 0; j < n; j++)
        {
            Array.Clear(unit);
            unit[j] = 1;
            var column = Solve(unit);
            for (var i = 0; i < n; i++)
            {
                inverse[i, j] = column[i];
            }
        }
        return inverse;
    }
}
