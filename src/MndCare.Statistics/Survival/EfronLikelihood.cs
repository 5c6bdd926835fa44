namespace MndCare.Statistics.Survival;

/// <summary>The Cox partial log-likelihood with Efron's approximation for tied event times, its score and information matrix, in one
/// pass from the longest time to the shortest (the risk-set sums grow as the pass goes back in time).</summary>
/// <remarks>Efron B. JASA 1977;72:557–565; the accumulation of R survival 3.5-3 coxfit6.c (Therneau): with d tied events, the k-th of
/// d terms adds k/d of the events' risk, mean and second moment to the risk set. With one event it is Breslow's term.</remarks>
internal sealed class EfronLikelihood
{
    private readonly double[] _time;
    private readonly bool[] _event;
    private readonly double[][] _x;
    private readonly int _p;

    /// <param name="time">Times in ascending order.</param>
    /// <param name="eventObserved">Event flags in the same order.</param>
    /// <param name="x">Covariates by column (centred and scaled), rows in the same order.</param>
    public EfronLikelihood(double[] time, bool[] eventObserved, double[][] x)
    {
        _time = time;
        _event = eventObserved;
        _x = x;
        _p = x.Length;
        Score = new double[_p];
        Information = new double[_p, _p];
    }

    /// <summary>The score vector at the last evaluated β.</summary>
    public double[] Score { get; }

    /// <summary>The information matrix (lower triangle) at the last evaluated β.</summary>
    public double[,] Information { get; }

    /// <summary>Evaluates the log partial likelihood at <paramref name="beta"/> and fills <see cref="Score"/> and <see cref="Information"/>.</summary>
    public double Evaluate(double[] beta)
    {
        var p = _p;
        Array.Clear(Score);
        Array.Clear(Information);
        var sum = new double[p];
        var eventSum = new double[p];
        var square = new double[p, p];
        var eventSquare = new double[p, p];
        var denominator = 0.0;
        var logLikelihood = 0.0;
        for (var person = _time.Length - 1; person >= 0;)
        {
            var t = _time[person];
            var deaths = 0;
            var eventDenominator = 0.0;
            for (; person >= 0 && _time[person] == t; person--)
            {
                var zBeta = 0.0;
                for (var i = 0; i < p; i++)
                {
                    zBeta += beta[i] * _x[i][person];
                }
                var risk = Math.Exp(zBeta);
                if (_event[person])
                {
                    deaths++;
                    eventDenominator += risk;
                    logLikelihood += zBeta;
                    Accumulate(person, risk, eventSum, eventSquare);
                    for (var i = 0; i < p; i++)
                    {
                        Score[i] += _x[i][person];
                    }
                }
                else
                {
                    denominator += risk;
                    Accumulate(person, risk, sum, square);
                }
            }
            for (var k = 0; k < deaths; k++)
            {
                denominator += eventDenominator / deaths;
                logLikelihood -= Math.Log(denominator);
                for (var i = 0; i < p; i++)
                {
                    sum[i] += eventSum[i] / deaths;
                    var mean = sum[i] / denominator;
                    Score[i] -= mean;
                    for (var j = 0; j <= i; j++)
                    {
                        square[i, j] += eventSquare[i, j] / deaths;
                        Information[i, j] += (square[i, j] - (mean * sum[j])) / denominator;
                    }
                }
            }
            if (deaths > 0)
            {
                Array.Clear(eventSum);
                Array.Clear(eventSquare);
            }
        }
        return logLikelihood;
    }

    private void Accumulate(int person, double risk, double[] sum, double[,] square)
    {
        for (var i = 0; i < _p; i++)
        {
            var xi = _x[i][person];
            sum[i] += risk * xi;
            for (var j = 0; j <= i; j++)
            {
                square[i, j] += risk * xi * _x[j][person];
            }
        }
    }
}
