using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using MndCare.Application.Outcomes.Cohort;
using MndCare.Domain.Patients;
using MndCare.Domain.Results;
using MndCare.Web.Features.Consultations;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Errors;
using MndCare.Web.Infrastructure.Security;
using MndCare.Web.Pages.Outcomes;

namespace MndCare.Web.Features.Outcomes;

/// <summary>The cohort outcome over JSON and the ethics-committee report as a PDF; the same use case as the page (docs/outcomes/cohort.md, "API").</summary>
public static class CohortEndpoints
{
    public static IEndpointRouteBuilder MapCohortEndpoints(this IEndpointRouteBuilder app)
    {
        var cohort = app.MapGroup("/api/outcomes/cohort").WithTags("Outcomes").RequireAuthorization(Policies.Api, Policies.ViewCohortOutcomes);
        cohort.MapGet("/", ViewAsync)
            .WithSummary("The cohort's flow, mixed model, survival, Cox, natural-history comparison and adverse-event rates "
                + "[?phenotype=][&onset=][&dfs=][&courseFrom=yyyy-MM-dd][&courseTo=][&lot=] (repeatable); aggregate figures only.")
            .Audited(CohortOutcomes.ViewAction, CohortOutcomes.EntityType);
        cohort.MapGet("/report", ReportAsync)
            .WithSummary("The ethics-committee report as a PDF, lang=en or zh-Hans (English by default), for the same selection.")
            .Audited(CohortOutcomes.ReportAction, CohortOutcomes.EntityType);
        return app;
    }

    private static async Task<Results<Ok<object>, ProblemHttpResult>> ViewAsync([AsParameters] CohortSelectionQuery query, HttpContext context, HttpActor actor,
        CohortOutcomes cohorts)
    {
        var result = await cohorts.ViewAsync(await actor.GetAsync(context.RequestAborted), query.ToInput(), context.RequestAborted);
        return result.IsSuccess ? TypedResults.Ok(CohortJson.Of(result.Value)) : result.Errors.ToProblem(context);
    }

    private static async Task<IResult> ReportAsync([AsParameters] CohortSelectionQuery query, [FromQuery] string? lang, HttpContext context,
        HttpActor actor, CohortOutcomes cohorts, ICohortCharts charts, IStringLocalizer<SharedResource> localizer)
    {
        if (lang is not null && WireNames.Parse<PreferredLanguage>(lang) is null)
        {
            return new[] { (Error)new ValidationError("lang", CohortSelection.UnknownValue,
                "lang must be one of: " + string.Join(", ", WireNames.All<PreferredLanguage>()) + ".") }.ToProblem(context);
        }
        var result = await cohorts.ReportAsync(await actor.GetAsync(context.RequestAborted), query.ToInput(), lang, charts,
            CohortTerms.In(localizer, lang), context.RequestAborted);
        if (!result.IsSuccess)
        {
            return result.Errors.ToProblem(context);
        }
        FileResponses.Apply(context.Response.Headers);
        return TypedResults.File(result.Value.Content, result.Value.ContentType, result.Value.FileName);
    }
}
