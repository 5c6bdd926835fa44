using System.Globalization;
using MndCare.Domain.Assessments;
using MndCare.Domain.Criteria;
using MndCare.Domain.Patients;
using MndCare.Domain.Results;

namespace MndCare.Application.Outcomes.Cohort;

/// <summary>The selection as the query string carries it (so a cohort is a shareable link): wire names, ISO dates and lot ids.</summary>
/// <param name="Phenotype">Phenotypes (Decision 10 wire names: als, pma, pls, pbp, flailArm, flailLeg, undetermined); none = all.</param>
/// <param name="Onset">Onset sites (bulbar, upperLimb, lowerLimb, trunk, respiratory, generalized); none = all.</param>
/// <param name="Progression">ΔFS groups at baseline (slow, intermediate, fast; Decision 3); none = all.</param>
/// <param name="CourseFrom">First treatment course starting on or after this day (yyyy-MM-dd), or empty.</param>
/// <param name="CourseTo">First treatment course starting on or before this day (yyyy-MM-dd), or empty.</param>
/// <param name="Lot">Lots (ids): patients who received an infusion from any of them; none = all.</param>
public sealed record CohortSelectionInput(IReadOnlyList<string>? Phenotype, IReadOnlyList<string>? Onset, IReadOnlyList<string>? Progression,
    string? CourseFrom, string? CourseTo, IReadOnlyList<string>? Lot)
{
    /// <summary>No filter: every patient of the reader's clinics.</summary>
    public static CohortSelectionInput Everyone { get; } = new(null, null, null, null, null, null);
}

/// <summary>A validated cohort selection. Empty sets select everyone; the filters combine with AND, the values of one filter with OR.</summary>
/// <remarks>docs/outcomes/cohort.md, "Selection". A course-date or lot filter keeps only patients with a started course or infusion.</remarks>
public sealed record CohortSelection
{
    /// <summary>The query-string names: part of the page's and the API's contract.</summary>
    public static class Parameters
    {
        /// <summary>Phenotype.</summary>
        public const string Phenotype = "phenotype";

        /// <summary>Onset site.</summary>
        public const string Onset = "onset";

        /// <summary>ΔFS group.</summary>
        public const string Progression = "dfs";

        /// <summary>Course start, from.</summary>
        public const string CourseFrom = "courseFrom";

        /// <summary>Course start, to.</summary>
        public const string CourseTo = "courseTo";

        /// <summary>Lot.</summary>
        public const string Lot = "lot";
    }

    /// <summary>The error code for a value that is not one of the names the filter knows.</summary>
    public const string UnknownValue = "unknownValue";

    /// <summary>The error code for a date that is not yyyy-MM-dd.</summary>
    public const string InvalidDate = "invalidDate";

    /// <summary>The error code for a course-date range whose end is before its start.</summary>
    public const string EmptyDateRange = "emptyDateRange";

    private CohortSelection()
    {
    }

    /// <summary>Phenotypes kept; empty = all.</summary>
    public IReadOnlySet<MndPhenotype> Phenotypes { get; private init; } = new HashSet<MndPhenotype>();

    /// <summary>Onset sites kept; empty = all.</summary>
    public IReadOnlySet<OnsetSite> OnsetSites { get; private init; } = new HashSet<OnsetSite>();

    /// <summary>ΔFS groups at baseline kept; empty = all.</summary>
    public IReadOnlySet<ProgressionGroup> ProgressionGroups { get; private init; } = new HashSet<ProgressionGroup>();

    /// <summary>First course starting on or after; null = open.</summary>
    public DateOnly? CourseFrom { get; private init; }

    /// <summary>First course starting on or before; null = open.</summary>
    public DateOnly? CourseTo { get; private init; }

    /// <summary>Lots kept; empty = all.</summary>
    public IReadOnlySet<Guid> Lots { get; private init; } = new HashSet<Guid>();

    /// <summary>True when a filter needs a started course (course dates or lots).</summary>
    public bool NeedsCourse => CourseFrom is not null || CourseTo is not null || Lots.Count > 0;

    /// <summary>Validates the query-string values; every bad value is one error naming its parameter.</summary>
    public static Result<CohortSelection> Create(CohortSelectionInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<Error>();
        var phenotypes = Parse(input.Phenotype, Parameters.Phenotype, Enum.GetValues<MndPhenotype>().ToDictionary(p => p.WireName()), errors);
        var sites = Parse(input.Onset, Parameters.Onset, Enum.GetValues<OnsetSite>().ToDictionary(s => WireNames.Of(s)), errors);
        var groups = Parse(input.Progression, Parameters.Progression, Enum.GetValues<ProgressionGroup>().ToDictionary(g => g.WireName()), errors);
        var lots = new HashSet<Guid>();
        foreach (var text in Values(input.Lot))
        {
            if (Guid.TryParseExact(text, "D", out var id))
            {
                lots.Add(id);
            }
            else
            {
                errors.Add(new ValidationError(Parameters.Lot, UnknownValue, "A lot is given by its id."));
            }
        }
        var from = Date(input.CourseFrom, Parameters.CourseFrom, errors);
        var to = Date(input.CourseTo, Parameters.CourseTo, errors);
        if (from is not null && to is not null && to < from)
        {
            errors.Add(new ValidationError(Parameters.CourseTo, EmptyDateRange, "The last course start date is before the first."));
        }
        if (errors.Count > 0)
        {
            return Result<CohortSelection>.Failure(errors);
        }
        return new CohortSelection { Phenotypes = phenotypes, OnsetSites = sites, ProgressionGroups = groups, CourseFrom = from, CourseTo = to, Lots = lots };
    }

    /// <summary>The selection as query-string pairs in a stable order (wire names), for links and the audit trail.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> ToQuery()
    {
        var pairs = new List<KeyValuePair<string, string>>();
        pairs.AddRange(Phenotypes.Order().Select(p => Pair(Parameters.Phenotype, p.WireName())));
        pairs.AddRange(OnsetSites.Order().Select(s => Pair(Parameters.Onset, WireNames.Of(s))));
        pairs.AddRange(ProgressionGroups.Order().Select(g => Pair(Parameters.Progression, g.WireName())));
        if (CourseFrom is { } from)
        {
            pairs.Add(Pair(Parameters.CourseFrom, from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }
        if (CourseTo is { } to)
        {
            pairs.Add(Pair(Parameters.CourseTo, to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }
        pairs.AddRange(Lots.Order().Select(l => Pair(Parameters.Lot, l.ToString("D"))));
        return pairs;
    }

    /// <summary>"phenotype=als&amp;onset=bulbar…": the query string without "?", empty when everyone is selected.</summary>
    public string QueryString() => string.Join("&", ToQuery().Select(p => p.Key + "=" + Uri.EscapeDataString(p.Value)));

    private static KeyValuePair<string, string> Pair(string key, string value) => new(key, value);

    private static IEnumerable<string> Values(IReadOnlyList<string>? values) =>
        (values ?? []).SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static HashSet<T> Parse<T>(IReadOnlyList<string>? values, string parameter, Dictionary<string, T> known, List<Error> errors)
    {
        var set = new HashSet<T>();
        foreach (var text in Values(values))
        {
            if (known.TryGetValue(text, out var value))
            {
                set.Add(value);
            }
            else
            {
                errors.Add(new ValidationError(parameter, UnknownValue, $"{parameter} must be one of: {string.Join(", ", known.Keys)}."));
            }
        }
        return set;
    }

    private static DateOnly? Date(string? text, string parameter, List<Error> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        errors.Add(new ValidationError(parameter, InvalidDate, $"{parameter} must be a date written yyyy-MM-dd."));
        return null;
    }
}
