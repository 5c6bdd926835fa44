using MndCare.Statistics.Survival;

namespace MndCare.Statistics.Tests.Survival;

// Harrell's C as R's concordance counts it for a Cox fit: the O(n log n) count against the definition counted pair by pair.
public sealed class ConcordanceTests
{
    [Fact]
    public void Of_HigherScoreDiesFirst_IsOne_AndReversedIsZero()
    {
        Assert.Equal(1, Concordance.Of([1, 2, 3], [true, true, false], [3, 2, 1]));
        Assert.Equal(0, Concordance.Of([1, 2, 3], [true, true, false], [1, 2, 3]));
    }

    // An event and a censoring at the same time are comparable (censoring after the event); two events at one time are not.
    [Fact]
    public void Of_TiesInTime_CountAsR()
    {
        Assert.Equal(1, Concordance.Of([2, 2], [true, false], [5, 1]));
        Assert.True(double.IsNaN(Concordance.Of([2, 2], [true, true], [5, 1])));
    }

    [Fact]
    public void Of_TiesInScore_CountOneHalf() =>
        Assert.Equal(0.75, Concordance.Of([1, 2, 3], [true, false, false], [2, 2, 1]));

    [Theory]
    [InlineData(1, 50)]
    [InlineData(2, 400)]
    [InlineData(3, 1000)]
    public void Of_EqualsThePairByPairCount_WithManyTies(int seed, int n)
    {
        var random = new Random(seed);
        var time = Enumerable.Range(0, n).Select(_ => (double)random.Next(20)).ToArray();
        var events = Enumerable.Range(0, n).Select(_ => random.NextDouble() < 0.6).ToArray();
        var score = Enumerable.Range(0, n).Select(_ => random.Next(8) / 4.0).ToArray();

        Assert.Equal(PairByPair(time, events, score), Concordance.Of(time, events, score), 1e-14);
    }

    private static double PairByPair(double[] time, bool[] events, double[] score)
    {
        double concordant = 0, discordant = 0, tied = 0;
        for (var i = 0; i < time.Length; i++)
        {
            for (var j = 0; j < time.Length; j++)
            {
                if (!events[i] || !(time[j] > time[i] || (time[j] == time[i] && !events[j])))
                {
                    continue;
                }
                if (score[i] > score[j])
                {
                    concordant++;
                }
                else if (score[i] < score[j])
                {
                    discordant++;
                }
                else
                {
                    tied++;
                }
            }
        }
        return (concordant + (tied / 2)) / (concordant + discordant + tied);
    }
}
