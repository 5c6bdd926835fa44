using Microsoft.AspNetCore.Http.HttpResults;
using MndCare.Application.CellProducts;
using MndCare.Domain.CellProducts;
using MndCare.Domain.Results;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Errors;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Features.CellProducts;

/// <summary>The cell product over JSON: lots (register, results, two-person release, recall), donors and the release specification.</summary>
/// <remarks>Paths and field names of lots are issue 8's contract; donors and the specification are documented in
/// docs/therapy/cell-product.md, "JSON API". Reading needs ReadCellProducts, changing ManageCellProducts (cell lab).</remarks>
public static class CellProductEndpoints
{
    public static IEndpointRouteBuilder MapCellProductEndpoints(this IEndpointRouteBuilder app)
    {
        var lots = app.MapGroup("/api/lots").WithTags("Cell product").RequireAuthorization(Policies.Api);
        lots.MapGet("/", ListLotsAsync)
            .WithSummary("The lots of your clinics, newest first; status narrows to quarantined, released, failed, expired or recalled.")
            .RequireAuthorization(Policies.ReadCellProducts).Audited(Lots.ListAction, CellProductScope.LotEntityType);
        lots.MapGet("/{id:guid}", GetLotAsync)
            .WithSummary("One lot as posted, with its status, release results, judgement (and specification version), release, recall and units.")
            .RequireAuthorization(Policies.ReadCellProducts).Audited(Lots.ReadAction, CellProductScope.LotEntityType);
        lots.MapPost("/", CreateLotAsync)
            .WithSummary("Register a quarantined lot and its coded units (201); 409 duplicateLotNumber. clinicId only for staff of several clinics.")
            .RequireAuthorization(Policies.ManageCellProducts).Audited(Lots.CreateAction, CellProductScope.LotEntityType);
        lots.MapPut("/{id:guid}/results", EnterResultsAsync)
            .WithSummary("Enter the release results; the answer is the judgement. Out of specification fails the lot.")
            .RequireAuthorization(Policies.ManageCellProducts).Audited(Lots.ResultsAction, CellProductScope.LotEntityType);
        lots.MapPost("/{id:guid}/release", ReleaseAsync)
            .WithSummary("Release the lot with your password, as a cell-lab user other than the one who entered the results; 409 names every reason.")
            .RequireAuthorization(Policies.ManageCellProducts).Audited(Lots.ReleaseAction, CellProductScope.LotEntityType)
            .RequireRateLimiting(WebServiceCollectionExtensions.SigningRateLimit);
        lots.MapPost("/{id:guid}/recall", RecallAsync)
            .WithSummary("Recall the lot ({reason, password}); its remaining units are blocked.")
            .RequireAuthorization(Policies.ManageCellProducts).Audited(Lots.RecallAction, CellProductScope.LotEntityType)
            .RequireRateLimiting(WebServiceCollectionExtensions.SigningRateLimit);

        var donors = app.MapGroup("/api/donors").WithTags("Cell product").RequireAuthorization(Policies.Api);
        donors.MapGet("/", ListDonorsAsync)
            .WithSummary("The donors of your clinics, newest first, with whether each one's screening is complete and negative.")
            .RequireAuthorization(Policies.ReadCellProducts).Audited(Donors.ListAction, CellProductScope.DonorEntityType);
        donors.MapPost("/", CreateDonorAsync)
            .WithSummary("Register an umbilical-cord donor by code, with consent date and any screening results (201); 409 duplicateDonorCode.")
            .RequireAuthorization(Policies.ManageCellProducts).Audited(Donors.CreateAction, CellProductScope.DonorEntityType);
        donors.MapGet("/{donorCode}", GetDonorAsync)
            .WithSummary("One donor: consent, screening results and the markers missing or reactive.")
            .RequireAuthorization(Policies.ReadCellProducts).Audited(Donors.ReadAction, CellProductScope.DonorEntityType);
        donors.MapPut("/{donorCode}/screening", RecordScreeningAsync)
            .WithSummary("Add screening results ({screening: [{marker, result, testedOn}]}); a reactive result is never replaced.")
            .RequireAuthorization(Policies.ManageCellProducts).Audited(Donors.ScreeningAction, CellProductScope.DonorEntityType);

        var units = app.MapGroup("/api/units").WithTags("Cell product").RequireAuthorization(Policies.Api, Policies.ReadCellProducts);
        units.MapGet("/{code}", GetUnitAsync)
            .WithSummary("One unit by its code: its lot, status, storage location and chain of custody.")
            .Audited(Units.ReadAction, CellProductScope.LotEntityType);
        units.MapPost("/{code}/custody", RecordCustodyAsync)
            .WithSummary("Record a hand-off {event: issued|received|thawed|returned|discarded, at, location?}; nurses record received and thawed.")
            .Audited(Units.CustodyAction, CellProductScope.LotEntityType);
        units.MapPut("/{code}/location", StoreUnitAsync)
            .WithSummary("Record where the unit is stored {location} (cell lab); 409 for an infused or discarded unit.")
            .Audited(Units.StoreAction, CellProductScope.LotEntityType);

        var storage = app.MapGroup("/api/storage/temperatures").WithTags("Cell product").RequireAuthorization(Policies.Api);
        storage.MapGet("/", ListTemperaturesAsync)
            .WithSummary("The newest storage temperature readings (one location with ?location=), each location's limit from its lots.")
            .RequireAuthorization(Policies.ReadCellProducts).Audited(StorageTemperatures.ListAction, StorageTemperatures.EntityType);
        storage.MapPost("/", RecordTemperatureAsync)
            .WithSummary("Record a storage temperature reading {location, celsius, takenAt} (201).")
            .RequireAuthorization(Policies.ManageCellProducts).Audited(StorageTemperatures.RecordAction, StorageTemperatures.EntityType);

        app.MapGet("/api/release-specification", ListSpecificationsAsync).WithTags("Cell product")
            .WithSummary("The current version of each product's release specification in your clinics, and the default for new products.")
            .RequireAuthorization(Policies.Api, Policies.ReadCellProducts)
            .Audited(ReleaseSpecifications.ReadAction, CellProductScope.SpecificationEntityType);
        app.MapPut("/api/release-specification/{productCode}", EditSpecificationAsync).WithTags("Cell product")
            .WithSummary("Administrators: the next version of a product's release specification (every limit; minPotencyPercent optional).")
            .RequireAuthorization(Policies.Api, Policies.ManageReleaseSpecifications)
            .Audited(ReleaseSpecifications.EditAction, CellProductScope.SpecificationEntityType);
        return app;
    }

    /// <summary>Whether a request signs a lot's release or recall over the API (what the signing rate limit counts there).</summary>
    public static bool IsSigning(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var path = request.Path.Value ?? string.Empty;
        return HttpMethods.IsPost(request.Method) && path.StartsWith("/api/lots/", StringComparison.OrdinalIgnoreCase)
            && (path.EndsWith("/release", StringComparison.OrdinalIgnoreCase) || path.EndsWith("/recall", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Body of a release: the releaser's password (electronic signature).</summary>
    public sealed record ReleaseRequest(string? Password);

    /// <summary>Body of a recall: why, and the recaller's password.</summary>
    public sealed record RecallRequest(string? Reason, string? Password);

    /// <summary>Body of a storage location.</summary>
    public sealed record LocationRequest(string? Location);

    /// <summary>Body of new screening results.</summary>
    public sealed record ScreeningRequest(IReadOnlyList<ScreeningInput>? Screening);

    private static async Task<Results<Ok<IReadOnlyList<LotSummary>>, ProblemHttpResult>> ListLotsAsync(
        string? status, HttpContext context, HttpActor actor, Lots lots) =>
        (await lots.ListAsync(await actor.GetAsync(context.RequestAborted), status, context.RequestAborted)).ToOk(context);

    private static async Task<Results<Ok<LotRecord>, ProblemHttpResult>> GetLotAsync(Guid id, HttpContext context, HttpActor actor, Lots lots) =>
        (await lots.GetAsync(await actor.GetAsync(context.RequestAborted), id, context.RequestAborted)).ToOk(context);

    private static async Task<Results<Created<LotRecord>, ProblemHttpResult>> CreateLotAsync(
        LotInput body, Guid? clinicId, HttpContext context, HttpActor actor, Lots lots) =>
        ToCreated(await lots.RegisterAsync(await actor.GetAsync(context.RequestAborted), clinicId, body, context.RequestAborted), context,
            lot => $"/api/lots/{lot.Id}");

    private static async Task<Results<Ok<ResultsJudged>, ProblemHttpResult>> EnterResultsAsync(
        Guid id, LotResultsInput body, HttpContext context, HttpActor actor, Lots lots) =>
        (await lots.EnterResultsAsync(await actor.GetAsync(context.RequestAborted), id, body, context.RequestAborted)).ToOk(context);

    private static async Task<Results<Ok<LotStatusView>, ProblemHttpResult>> ReleaseAsync(
        Guid id, ReleaseRequest body, HttpContext context, HttpActor actor, Lots lots) =>
        (await lots.ReleaseAsync(await actor.GetAsync(context.RequestAborted), id, body.Password, context.RequestAborted)).ToOk(context);

    private static async Task<Results<Ok<LotStatusView>, ProblemHttpResult>> RecallAsync(
        Guid id, RecallRequest body, HttpContext context, HttpActor actor, Lots lots) =>
        (await lots.RecallAsync(await actor.GetAsync(context.RequestAborted), id, body.Reason, body.Password, context.RequestAborted)).ToOk(context);

    private static async Task<Results<Ok<IReadOnlyList<DonorSummary>>, ProblemHttpResult>> ListDonorsAsync(
        HttpContext context, HttpActor actor, Donors donors) =>
        (await donors.ListAsync(await actor.GetAsync(context.RequestAborted), context.RequestAborted)).ToOk(context);

    private static async Task<Results<Ok<UnitRecord>, ProblemHttpResult>> GetUnitAsync(string code, HttpContext context, HttpActor actor, Units units) =>
        (await units.GetAsync(await actor.GetAsync(context.RequestAborted), code, context.RequestAborted)).ToOk(context);

    private static async Task<Results<Ok<UnitRecord>, ProblemHttpResult>> RecordCustodyAsync(
        string code, CustodyInput body, HttpContext context, HttpActor actor, Units units) =>
        (await units.RecordCustodyAsync(await actor.GetAsync(context.RequestAborted), code, body, context.RequestAborted)).ToOk(context);

    private static async Task<Results<Ok<UnitRecord>, ProblemHttpResult>> StoreUnitAsync(
        string code, LocationRequest body, HttpContext context, HttpActor actor, Units units) =>
        (await units.StoreAsync(await actor.GetAsync(context.RequestAborted), code, body.Location, context.RequestAborted)).ToOk(context);

    private static async Task<Results<Ok<TemperatureLogView>, ProblemHttpResult>> ListTemperaturesAsync(
        string? location, HttpContext context, HttpActor actor, StorageTemperatures temperatures) =>
        (await temperatures.ListAsync(await actor.GetAsync(context.RequestAborted), location, context.RequestAborted)).ToOk(context);

    private static async Task<Results<Created<TemperatureView>, ProblemHttpResult>> RecordTemperatureAsync(
        TemperatureInput body, Guid? clinicId, HttpContext context, HttpActor actor, StorageTemperatures temperatures) =>
        ToCreated(await temperatures.RecordAsync(await actor.GetAsync(context.RequestAborted), clinicId, body, context.RequestAborted), context,
            reading => "/api/storage/temperatures?location=" + Uri.EscapeDataString(reading.Location));

    private static async Task<Results<Created<DonorRecord>, ProblemHttpResult>> CreateDonorAsync(
        DonorInput body, Guid? clinicId, HttpContext context, HttpActor actor, Donors donors) =>
        ToCreated(await donors.RegisterAsync(await actor.GetAsync(context.RequestAborted), clinicId, body, context.RequestAborted), context,
            donor => $"/api/donors/{donor.DonorCode}");

    private static async Task<Results<Ok<DonorRecord>, ProblemHttpResult>> GetDonorAsync(
        string donorCode, Guid? clinicId, HttpContext context, HttpActor actor, Donors donors) =>
        (await donors.GetAsync(await actor.GetAsync(context.RequestAborted), donorCode, clinicId, context.RequestAborted)).ToOk(context);

    private static async Task<Results<Ok<DonorRecord>, ProblemHttpResult>> RecordScreeningAsync(
        string donorCode, Guid? clinicId, ScreeningRequest body, HttpContext context, HttpActor actor, Donors donors) =>
        (await donors.RecordScreeningAsync(await actor.GetAsync(context.RequestAborted), donorCode, clinicId, body.Screening, context.RequestAborted))
            .ToOk(context);

    private static async Task<Results<Ok<SpecificationList>, ProblemHttpResult>> ListSpecificationsAsync(
        HttpContext context, HttpActor actor, ReleaseSpecifications specifications) =>
        (await specifications.ListAsync(await actor.GetAsync(context.RequestAborted), context.RequestAborted)).ToOk(context);

    private static async Task<Results<Ok<SpecificationView>, ProblemHttpResult>> EditSpecificationAsync(
        string productCode, Guid? clinicId, ReleaseLimitsInput body, HttpContext context, HttpActor actor, ReleaseSpecifications specifications) =>
        (await specifications.EditAsync(await actor.GetAsync(context.RequestAborted), clinicId, productCode, body, context.RequestAborted)).ToOk(context);

    // 201 at the new record's address, or the problem the errors map to.
    private static Results<Created<T>, ProblemHttpResult> ToCreated<T>(Result<T> result, HttpContext context, Func<T, string> location) =>
        result.IsSuccess ? TypedResults.Created(location(result.Value), result.Value) : result.Errors.ToProblem(context);
}
