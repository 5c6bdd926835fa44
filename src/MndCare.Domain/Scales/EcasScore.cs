using MndCare.Domain.Results;

namespace MndCare.Domain.Scales;

/// <summary>Edinburgh Cognitive and Behavioural ALS Screen: domain scores, the ALS-specific, non-specific and total scores, and whether each is abnormal.</summary>
/// <remarks>Abrahams S et al. ALS FTD 2014;15:9-14. ALS-specific 0-100 = executive 0-48 + language 0-28 + verbal
/// fluency 0-24; non-specific 0-36 = memory 0-24 + visuospatial 0-12; total 0-136. Cut-offs are configurable per
/// normative set (<see cref="EcasCutoffs"/>).</remarks>
public sealed record EcasScore
{
    /// <summary>Highest executive score.</summary>
    public const int ExecutiveMax = 48;

    /// <summary>Highest language score.</summary>
    public const int LanguageMax = 28;

    /// <summary>Highest verbal fluency score.</summary>
    public const int FluencyMax = 24;

    /// <summary>Highest memory score.</summary>
    public const int MemoryMax = 24;

    /// <summary>Highest visuospatial score.</summary>
    public const int VisuospatialMax = 12;

    private EcasScore()
    {
    }

    /// <summary>Executive functions and social cognition, 0-48.</summary>
    public int Executive { get; private init; }

    /// <summary>Language, 0-28.</summary>
    public int Language { get; private init; }

    /// <summary>Verbal fluency, 0-24.</summary>
    public int Fluency { get; private init; }

    /// <summary>Memory, 0-24.</summary>
    public int Memory { get; private init; }

    /// <summary>Visuospatial, 0-12.</summary>
    public int Visuospatial { get; private init; }

    /// <summary>ALS-specific score, 0-100.</summary>
    public int AlsSpecific => Executive + Language + Fluency;

    /// <summary>ALS non-specific score, 0-36.</summary>
    public int AlsNonSpecific => Memory + Visuospatial;

    /// <summary>Total, 0-136.</summary>
    public int Total => AlsSpecific + AlsNonSpecific;

    /// <summary>Validates the five domain scores.</summary>
    public static Result<EcasScore> Create(int executive, int language, int fluency, int memory, int visuospatial)
    {
        var errors = new List<Error>();
        void Check(int value, int max, string field)
        {
            if (value < 0 || value > max)
            {
                errors.Add(new ValidationError(field, ValidationError.OutOfRange, $"{field} must be from 0 to {max}."));
            }
        }
        Check(executive, ExecutiveMax, "executive");
        Check(language, LanguageMax, "language");
        Check(fluency, FluencyMax, "fluency");
        Check(memory, MemoryMax, "memory");
        Check(visuospatial, VisuospatialMax, "visuospatial");
        return errors.Count > 0
            ? Result<EcasScore>.Failure(errors)
            : new EcasScore { Executive = executive, Language = language, Fluency = fluency, Memory = memory, Visuospatial = visuospatial };
    }
}
