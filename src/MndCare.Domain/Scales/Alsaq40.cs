using MndCare.Domain.Results;

namespace MndCare.Domain.Scales;

/// <summary>ALS Assessment Questionnaire (ALSAQ-40): five scale scores 0-100, higher is worse.</summary>
/// <remarks>Jenkinson C et al. J Neurol 1999;246 Suppl 3:III16-21. Scales (JNNP Table 6): physical mobility items
/// 1-10, activities of daily living 11-20, eating and drinking 21-23, communication 24-30, emotional reactions
/// 31-40. Items coded 0 (never) to 4 (always or cannot do at all); scale = 100 × (sum − min)/(max − min) [R: confirm
/// against the user manual before clinical release].</remarks>
public sealed record Alsaq40
{
    /// <summary>Number of items.</summary>
    public const int ItemCount = 40;

    /// <summary>Lowest item code (never).</summary>
    public const int MinItem = 0;

    /// <summary>Highest item code (always or cannot do at all).</summary>
    public const int MaxItem = 4;

    private static readonly (Alsaq40Scale Scale, int First, int Last)[] Scales =
    [
        (Alsaq40Scale.PhysicalMobility, 1, 10),
        (Alsaq40Scale.DailyLiving, 11, 20),
        (Alsaq40Scale.EatingAndDrinking, 21, 23),
        (Alsaq40Scale.Communication, 24, 30),
        (Alsaq40Scale.EmotionalReactions, 31, 40),
    ];

    private Alsaq40(IReadOnlyDictionary<Alsaq40Scale, double> scores) => ScaleScores = scores;

    /// <summary>Each scale's score, 0 (best) to 100 (worst).</summary>
    public IReadOnlyDictionary<Alsaq40Scale, double> ScaleScores { get; }

    /// <summary>Scores the 40 answers, given in item order.</summary>
    /// <param name="items">Exactly 40 codes, 0-4.</param>
    public static Result<Alsaq40> Create(IReadOnlyList<int> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count != ItemCount)
        {
            return new ValidationError("items", "wrongItemCount", $"ALSAQ-40 needs {ItemCount} answers; {items.Count} were given.");
        }
        var errors = items.Select((value, index) => (value, index))
            .Where(x => x.value is < MinItem or > MaxItem)
            .Select(x => (Error)new ValidationError($"item{x.index + 1}", "itemOutOfRange", $"ALSAQ-40 item {x.index + 1} must be from 0 to 4."))
            .ToList();
        if (errors.Count > 0)
        {
            return Result<Alsaq40>.Failure(errors);
        }
        var scores = Scales.ToDictionary(s => s.Scale, s =>
        {
            var count = s.Last - s.First + 1;
            var sum = items.Skip(s.First - 1).Take(count).Sum();
            return 100.0 * (sum - (MinItem * count)) / ((MaxItem - MinItem) * count);
        });
        return new Alsaq40(scores);
    }
}
