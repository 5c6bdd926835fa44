using Microsoft.AspNetCore.Http.HttpResults;
using MndCare.Application.Tcm.Prescriptions;
using MndCare.Domain.Results;
using MndCare.Domain.Tcm.Prescriptions;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Errors;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Features.Tcm;

/// <summary>Herbal prescriptions, the clinic's herb catalogue and formula templates over JSON.</summary>
/// <remarks>docs/tcm/prescriptions.md, "API". <c>POST /api/patients/{id}/herbal-prescriptions</c> is issue 9's contract.</remarks>
public static class HerbalPrescriptionEndpoints
{
    public static IEndpointRouteBuilder MapHerbalPrescriptionEndpoints(this IEndpointRouteBuilder app)
    {
        var patients = app.MapGroup("/api/patients/{id:guid}/herbal-prescriptions").WithTags("Herbal prescriptions").RequireAuthorization(Policies.Api);
        patients.MapPost("/", CreateAsync)
            .WithSummary("Write a draft {items: [{herb, doseGramsPerDay, processing?, batch?, supplier?, botanicalSource?}], days, preparation?, templateId?}: "
                + "201 {id, findings, ...}; 422 aristolochicAcid naming the herb, unknownHerb, ambiguousHerb.")
            .RequireAuthorization(Policies.PrescribeHerbs).Audited(HerbalPrescriptions.CreateAction, HerbalPrescriptions.EntityType);
        patients.MapGet("/", ListAsync)
            .WithSummary("The patient's prescriptions, newest first (a patient or family member sees the signed ones).")
            .RequireAuthorization(Policies.HerbalPrescriptionAccess).Audited(HerbalPrescriptions.ListAction, "patient");

        var prescriptions = app.MapGroup("/api/herbal-prescriptions/{id:guid}").WithTags("Herbal prescriptions").RequireAuthorization(Policies.Api);
        prescriptions.MapGet("/", GetAsync)
            .WithSummary("One version: items, findings with their sources, signature, riluzole acknowledgement and every version.")
            .RequireAuthorization(Policies.HerbalPrescriptionAccess).Audited(HerbalPrescriptions.ReadAction, HerbalPrescriptions.EntityType);
        prescriptions.MapPost("/sign", SignAsync)
            .WithSummary("Sign a draft {password, confirmedSources?: {herbId: source}, acknowledgeRiluzoleWarning?}; 422 "
                + "botanicalSourceNotConfirmed or riluzoleWarningNotAcknowledged; 409 notADraft.")
            .RequireAuthorization(Policies.PrescribeHerbs).Audited(HerbalPrescriptions.SignAction, HerbalPrescriptions.EntityType)
            .RequireRateLimiting(WebServiceCollectionExtensions.SigningRateLimit);
        prescriptions.MapPost("/versions", CorrectAsync)
            .WithSummary("Correct a signed prescription by a new draft version {reason, prescription?} (the same content when omitted): 201.")
            .RequireAuthorization(Policies.PrescribeHerbs).Audited(HerbalPrescriptions.CorrectAction, HerbalPrescriptions.EntityType);

        var herbs = app.MapGroup("/api/herbs").WithTags("Herbal prescriptions").RequireAuthorization(Policies.Api);
        herbs.MapGet("/", ReadCatalogueAsync)
            .WithSummary("The clinic's herb catalogue (?q= narrows by pinyin, Chinese or Latin name) with safety lists and sources, and the list changes.")
            .NotAudited("the herb catalogue is reference data; no patient data");
        herbs.MapPost("/", AddHerbAsync)
            .WithSummary("Add a herb {pinyin, chinese, latinName, aliases?, source}: 201; 409 duplicateHerb.")
            .RequireAuthorization(Policies.ManageHerbalFormulary).Audited(HerbFormulary.AddHerbAction, HerbFormulary.HerbEntityType);
        herbs.MapPost("/safety-list", ChangeSafetyAsync)
            .WithSummary("Add a herb to a safety list or retire it {herb, list: aristolochicAcid|hepatotoxic|substitutionRisk, retire, source}.")
            .RequireAuthorization(Policies.ManageHerbalFormulary).Audited(HerbFormulary.SafetyAction, HerbFormulary.HerbEntityType);

        var formulas = app.MapGroup("/api/herbal-formulas").WithTags("Herbal prescriptions").RequireAuthorization(Policies.Api);
        formulas.MapGet("/", TemplatesAsync)
            .WithSummary("The clinic's formula templates with their herbs and default doses in g/day.")
            .NotAudited("formula templates are reference data; no patient data");
        formulas.MapPost("/", AddTemplateAsync)
            .WithSummary("Add a template {nameChinese, nameEnglish, items: [{herb, doseGramsPerDay}]}: 201.")
            .RequireAuthorization(Policies.ManageHerbalFormulary).Audited(HerbFormulary.SaveTemplateAction, HerbFormulary.TemplateEntityType);
        formulas.MapPut("/{templateId:guid}", ReplaceTemplateAsync)
            .WithSummary("Replace a template's names and items; isArchived stops offering it.")
            .RequireAuthorization(Policies.ManageHerbalFormulary).Audited(HerbFormulary.SaveTemplateAction, HerbFormulary.TemplateEntityType);
        return app;
    }

    /// <summary>Whether a request signs a herbal prescription over the API (what the signing rate limit counts there).</summary>
    public static bool IsSigning(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var path = request.Path.Value ?? string.Empty;
        return HttpMethods.IsPost(request.Method) && path.StartsWith("/api/herbal-prescriptions/", StringComparison.OrdinalIgnoreCase)
            && path.EndsWith("/sign", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Body of a template edit.</summary>
    public sealed record TemplateRequest(string? NameChinese, string? NameEnglish, IReadOnlyList<FormulaItemInput>? Items, bool IsArchived = false);

    private static async Task<Results<Created<PrescriptionView>, ProblemHttpResult>> CreateAsync(
        Guid id, PrescriptionInput body, HttpContext context, HttpActor actor, HerbalPrescriptions prescriptions) =>
        Created(await prescriptions.CreateAsync(await actor.GetAsync(context.RequestAborted), id, body, context.RequestAborted), context,
            p => $"/api/herbal-prescriptions/{p.Id}");

    private static async Task<Results<Ok<IReadOnlyList<PrescriptionSummary>>, ProblemHttpResult>> ListAsync(
        Guid id, HttpContext context, HttpActor actor, HerbalPrescriptions prescriptions) =>
        (await prescriptions.ListAsync(await actor.GetAsync(context.RequestAborted), id, context.RequestAborted)).ToOk(context);

    private static async Task<Results<Ok<PrescriptionView>, ProblemHttpResult>> GetAsync(
        Guid id, HttpContext context, HttpActor actor, HerbalPrescriptions prescriptions) =>
        (await prescriptions.GetAsync(await actor.GetAsync(context.RequestAborted), id, context.RequestAborted)).ToOk(context);

    private static async Task<Results<Ok<PrescriptionView>, ProblemHttpResult>> SignAsync(
        Guid id, SignPrescriptionInput body, HttpContext context, HttpActor actor, HerbalPrescriptions prescriptions) =>
        (await prescriptions.SignAsync(await actor.GetAsync(context.RequestAborted), id, body, context.RequestAborted)).ToOk(context);

    private static async Task<Results<Created<PrescriptionView>, ProblemHttpResult>> CorrectAsync(
        Guid id, CorrectPrescriptionInput body, HttpContext context, HttpActor actor, HerbalPrescriptions prescriptions) =>
        Created(await prescriptions.CorrectAsync(await actor.GetAsync(context.RequestAborted), id, body, context.RequestAborted), context,
            p => $"/api/herbal-prescriptions/{p.Id}");

    private static async Task<Results<Ok<FormularyView>, ProblemHttpResult>> ReadCatalogueAsync(
        string? q, HttpContext context, HttpActor actor, HerbFormulary formulary) =>
        (await formulary.ReadAsync(await actor.GetAsync(context.RequestAborted), q, context.RequestAborted)).ToOk(context);

    private static async Task<Results<Created<HerbView>, ProblemHttpResult>> AddHerbAsync(
        Domain.Tcm.Herbs.ClinicHerbInput body, HttpContext context, HttpActor actor, HerbFormulary formulary) =>
        Created(await formulary.AddHerbAsync(await actor.GetAsync(context.RequestAborted), body, context.RequestAborted), context, h => $"/api/herbs?q={h.Id}");

    private static async Task<Results<Ok<HerbView>, ProblemHttpResult>> ChangeSafetyAsync(
        SafetyChangeInput body, HttpContext context, HttpActor actor, HerbFormulary formulary) =>
        (await formulary.ChangeSafetyAsync(await actor.GetAsync(context.RequestAborted), body, context.RequestAborted)).ToOk(context);

    private static async Task<Results<Ok<IReadOnlyList<FormulaTemplateView>>, ProblemHttpResult>> TemplatesAsync(
        HttpContext context, HttpActor actor, HerbFormulary formulary) =>
        (await formulary.TemplatesAsync(await actor.GetAsync(context.RequestAborted), context.RequestAborted)).ToOk(context);

    private static async Task<Results<Created<FormulaTemplateView>, ProblemHttpResult>> AddTemplateAsync(
        TemplateRequest body, HttpContext context, HttpActor actor, HerbFormulary formulary) =>
        Created(await formulary.SaveTemplateAsync(await actor.GetAsync(context.RequestAborted), null, new FormulaTemplateInput(body.NameChinese, body.NameEnglish, body.Items),
            false, context.RequestAborted), context, t => $"/api/herbal-formulas/{t.Id}");

    private static async Task<Results<Ok<FormulaTemplateView>, ProblemHttpResult>> ReplaceTemplateAsync(
        Guid templateId, TemplateRequest body, HttpContext context, HttpActor actor, HerbFormulary formulary) =>
        (await formulary.SaveTemplateAsync(await actor.GetAsync(context.RequestAborted), templateId,
            new FormulaTemplateInput(body.NameChinese, body.NameEnglish, body.Items), body.IsArchived, context.RequestAborted)).ToOk(context);

    private static Results<Created<T>, ProblemHttpResult> Created<T>(Result<T> result, HttpContext context, Func<T, string> location) =>
        result.IsSuccess ? TypedResults.Created(location(result.Value), result.Value) : result.Errors.ToProblem(context);
}
