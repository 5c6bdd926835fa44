namespace MndCare.Statistics.Survival;

/// <summary>Harrell's concordance of a risk score with survival, counted as R's <c>concordance</c> counts it for a Cox fit
/// (<c>summary(fit)$concordance[1]</c>), in O(n log n) with a Fenwick tree over the ranks of the score.</summary>
/// <remarks>Harrell FE et al. JAMA 1982;247:2543–2546; Therneau T, Watson D. The concordance statistic and the Cox model (survival
/// vignette, 2023); R survival 3.5-3 concordancefit with reverse = TRUE. A pair is comparable when the shorter time is an event and
/// the other time is longer, or equal and censored (censoring after the event). Pairs of events at the same time (tied.y) are not
/// counted. Concordant: the earlier event has the higher score; tied.x: equal scores, counted one half.
/// C = (concordant + tied.x / 2) / (concordant + discordant + tied.x).</remarks>
public static class Concordance
{
    /// <summary>C for <paramref name="score"/> (higher = higher hazard), or NaN when no pair is comparable.</summary>
    /// <param name="time">Times; equal means bit-for-bit equal (a Cox fit passes them after R's near-tie merging).</param>
    /// <param name="eventObserved">Event flags.</param>
    /// <param name="score">The linear predictor.</param>
    public static double Of(double[] time, bool[] eventObserved, double[] score)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(eventObserved);
        ArgumentNullException.ThrowIfNull(score);
        var n = time.Length;
        if (eventObserved.Length != n || score.Length != n)
        {
            throw new ArgumentException("One event flag and one score per time are required.", nameof(score));
        }
        var distinct = (double[])score.Clone();
        Array.Sort(distinct);
        var m = 0;
        for (var i = 0; i < n; i++)
        {
            if (m == 0 || distinct[i] != distinct[m - 1])
            {
                distinct[m++] = distinct[i];
            }
        }
        var rank = new int[n];
        for (var i = 0; i < n; i++)
        {
            rank[i] = Array.BinarySearch(distinct, 0, m, score[i]);
        }
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
        }
        Array.Sort((double[])time.Clone(), order);

        var tree = new FenwickTree(m);
        var atRank = new long[m];
        long inTree = 0, concordant = 0, discordant = 0, tiedScore = 0;
        for (var end = n - 1; end >= 0;)
        {
            var start = end;
            while (start > 0 && time[order[start - 1]] == time[order[end]])
            {
                start--;
            }
            // The censored of this time join first: they outlive the events at the same time.
            for (var k = start; k <= end; k++)
            {
                if (!eventObserved[order[k]])
                {
                    Add(order[k]);
                }
            }
            for (var k = start; k <= end; k++)
            {
                if (eventObserved[order[k]])
                {
                    var r = rank[order[k]];
                    var lower = tree.PrefixSum(r - 1);
                    var equal = atRank[r];
                    concordant += lower;
                    tiedScore += equal;
                    discordant += inTree - lower - equal;
                }
            }
            for (var k = start; k <= end; k++)
            {
                if (eventObserved[order[k]])
                {
                    Add(order[k]);
                }
            }
            end = start - 1;
        }
        var pairs = concordant + discordant + tiedScore;
        return pairs == 0 ? double.NaN : (concordant + (tiedScore / 2.0)) / pairs;

        void Add(int subject)
        {
            tree.Add(rank[subject]);
            atRank[rank[subject]]++;
            inTree++;
        }
    }

    /// <summary>Counts per rank with O(log m) prefix sums.</summary>
    private sealed class FenwickTree(int size)
    {
        private readonly long[] _counts = new long[size + 1];

        public void Add(int index)
        {
            for (var i = index + 1; i < _counts.Length; i += i & -i)
            {
                _counts[i]++;
            }
        }

        /// <summary>The count at ranks 0..<paramref name="index"/> (0 when <paramref name="index"/> is −1).</summary>
        public long PrefixSum(int index)
        {
            long total = 0;
            for (var i = index + 1; i > 0; i -= i & -i)
            {
                total += _counts[i];
            }
            return total;
        }
    }
}
