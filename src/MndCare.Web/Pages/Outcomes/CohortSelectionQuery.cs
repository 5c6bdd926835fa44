using Microsoft.AspNetCore.Mvc;
using MndCare.Application.Outcomes.Cohort;

namespace MndCare.Web.Pages.Outcomes;

/// <summary>The selection as the query string carries it (<see cref="CohortSelection.Parameters"/>), bound on the page, the report and the API.</summary>
public sealed class CohortSelectionQuery
{
    [FromQuery(Name = CohortSelection.Parameters.Phenotype)]
    public string[]? Phenotype { get; set; }

    [FromQuery(Name = CohortSelection.Parameters.Onset)]
    public string[]? Onset { get; set; }

    [FromQuery(Name = CohortSelection.Parameters.Progression)]
    public string[]? Progression { get; set; }

    [FromQuery(Name = CohortSelection.Parameters.CourseFrom)]
    public string? CourseFrom { get; set; }

    [FromQuery(Name = CohortSelection.Parameters.CourseTo)]
    public string? CourseTo { get; set; }

    [FromQuery(Name = CohortSelection.Parameters.Lot)]
    public string[]? Lot { get; set; }

    /// <summary>The use cases' input.</summary>
    public CohortSelectionInput ToInput() => new(Phenotype, Onset, Progression, CourseFrom, CourseTo, Lot);
}
