using MndCare.Domain.Results;

namespace MndCare.Domain.Scales;

/// <summary>The MRC sum score over a configurable set of muscles, with the maximum the set allows.</summary>
/// <remarks>Kleyweg RP et al. Muscle Nerve 1991;14:1103-1109: six muscle groups bilaterally, 0-60 [R: item list not
/// verified against the primary source]. ALS studies use other sets, so the set is configurable; grades with − or +
/// count as the whole grade (docs/instruments/other-scales.md).</remarks>
public sealed record MrcSumScore
{
    /// <summary>Kleyweg 1991's twelve muscles (six groups, both sides).</summary>
    public static readonly IReadOnlyList<string> KleywegMuscles =
    [
        "shoulderAbductionLeft", "shoulderAbductionRight", "elbowFlexionLeft", "elbowFlexionRight",
        "wristExtensionLeft", "wristExtensionRight", "hipFlexionLeft", "hipFlexionRight",
        "kneeExtensionLeft", "kneeExtensionRight", "ankleDorsiflexionLeft", "ankleDorsiflexionRight",
    ];

    private MrcSumScore(int sum, int maximum, IReadOnlyDictionary<string, MrcGrade> grades)
    {
        Sum = sum;
        Maximum = maximum;
        Grades = grades;
    }

    /// <summary>Σ of the whole grades.</summary>
    public int Sum { get; }

    /// <summary>5 × the number of muscles in the set.</summary>
    public int Maximum { get; }

    /// <summary>The grade of each muscle in the set.</summary>
    public IReadOnlyDictionary<string, MrcGrade> Grades { get; }

    /// <summary>Scores a set; every muscle of the set needs a grade and no other muscle may be graded.</summary>
    /// <param name="grades">Grades by muscle name.</param>
    /// <param name="muscleSet">The muscles that make up the score (for example <see cref="KleywegMuscles"/>).</param>
    public static Result<MrcSumScore> Create(IReadOnlyDictionary<string, MrcGrade> grades, IReadOnlyList<string> muscleSet)
    {
        ArgumentNullException.ThrowIfNull(grades);
        ArgumentNullException.ThrowIfNull(muscleSet);
        var errors = new List<Error>();
        errors.AddRange(muscleSet.Where(m => !grades.ContainsKey(m))
            .Select(m => new ValidationError(m, "missingGrade", $"{m} has no MRC grade.")));
        errors.AddRange(grades.Keys.Where(m => !muscleSet.Contains(m))
            .Select(m => new ValidationError(m, "unknownMuscle", $"{m} is not in the chosen muscle set.")));
        if (errors.Count > 0)
        {
            return Result<MrcSumScore>.Failure(errors);
        }
        var sum = muscleSet.Sum(m => grades[m].Value);
        return new MrcSumScore(sum, checked(MrcGrade.Max * muscleSet.Count), muscleSet.ToDictionary(m => m, m => grades[m]));
    }
}
