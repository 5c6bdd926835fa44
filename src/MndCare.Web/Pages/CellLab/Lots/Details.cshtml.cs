using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using MndCare.Application.CellProducts;
using MndCare.Domain.CellProducts;
using MndCare.Domain.Clinics;
using MndCare.Domain.Results;
using MndCare.Domain.Time;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.CellLab.Lots;

[Authorize(Policy = Policies.ReadCellProducts)]
[Audited(Application.CellProducts.Lots.ReadAction, CellProductScope.LotEntityType)]
[EnableRateLimiting(WebServiceCollectionExtensions.SigningRateLimit)]
public sealed class DetailsModel(Application.CellProducts.Lots lots, Application.CellProducts.Donors donors, Units units, HttpActor actor,
    IStringLocalizer<SharedResource> localizer, TimeProvider clock) : PageModel
{
    private const string ReleaseHandler = "Release", RecallHandler = "Recall";

    /// <summary>The numeric release results, with their units, in the specification's order (issue 8).</summary>
    public static readonly IReadOnlyList<(string Field, string Unit)> NumericResults =
    [
        (LotResultFields.ViabilityPercent, "%"), (LotResultFields.Cd73Percent, "%"), (LotResultFields.Cd90Percent, "%"),
        (LotResultFields.Cd105Percent, "%"), (LotResultFields.Cd45Percent, "%"), (LotResultFields.Cd34Percent, "%"),
        (LotResultFields.Cd14Percent, "%"), (LotResultFields.Cd19Percent, "%"), (LotResultFields.HlaDrPercent, "%"),
        (LotResultFields.EndotoxinEuPerMl, "EU/mL"), (LotResultFields.PotencyPercent, "%"),
    ];

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public ResultsForm Form { get; set; } = new();

    public LotRecord Lot { get; private set; } = null!;

    public DonorRecord? Donor { get; private set; }

    public bool CanManage { get; private set; }

    /// <summary>Whether the reader may record ward hand-offs (received, thawed) only.</summary>
    public bool CanRecordWardHandOffs { get; private set; }

    public IReadOnlyList<string> PageErrors { get; private set; } = [];

    /// <summary>What the last action did, as the key of its sentence.</summary>
    public string? Done { get; private set; }

    /// <summary>The clinic's wall-clock time now, as a hand-off form starts with ("2026-12-07T10:30").</summary>
    public string NowLocal => ClinicTime.Local(clock.GetUtcNow(), Lot.TimeZoneId).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The hand-offs the reader may record now for a unit in <paramref name="unitStatus"/>.</summary>
    public IEnumerable<string> HandOffsFor(string unitStatus) =>
        MndCare.Domain.Patients.WireNames.Parse<UnitStatus>(unitStatus) is { } status
            ? Units.RecordedHandOffs.Where(k => UnitTransitions.Next(status, k) is not null && (CanManage || (CanRecordWardHandOffs && Units.IsWardHandOff(k))))
                .Select(CellProductWireNames.Of)
            : [];

    /// <summary>Whether a request signs a lot's release or recall on this page (what the signing rate limit counts).</summary>
    public static bool IsSigning(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var handler = request.Query["handler"].ToString();
        return HttpMethods.IsPost(request.Method) && request.Path.StartsWithSegments("/CellLab/Lots", StringComparison.OrdinalIgnoreCase)
            && (string.Equals(handler, ReleaseHandler, StringComparison.OrdinalIgnoreCase) || string.Equals(handler, RecallHandler, StringComparison.OrdinalIgnoreCase));
    }

    public async Task<IActionResult> OnGetAsync() => await ShowAsync(null, fillForm: true);

    public async Task<IActionResult> OnPostResultsAsync()
    {
        var result = await lots.EnterResultsAsync(await actor.GetAsync(HttpContext.RequestAborted), Id, Form.ToInput(), HttpContext.RequestAborted);
        return await AfterAsync(result.Errors, "The results are saved and judged against the specification.", fillForm: result.IsSuccess);
    }

    public async Task<IActionResult> OnPostReleaseAsync(string? password)
    {
        var result = await lots.ReleaseAsync(await actor.GetAsync(HttpContext.RequestAborted), Id, password, HttpContext.RequestAborted);
        return await AfterAsync(result.Errors, "The lot is released.", fillForm: true);
    }

    public async Task<IActionResult> OnPostRecallAsync(string? reason, string? password)
    {
        var result = await lots.RecallAsync(await actor.GetAsync(HttpContext.RequestAborted), Id, reason, password, HttpContext.RequestAborted);
        return await AfterAsync(result.Errors, "The lot is recalled and its remaining units are blocked.", fillForm: true);
    }

    public async Task<IActionResult> OnPostCustodyAsync(string? unitCode, string? handOff, string? at, string? location)
    {
        var current = await actor.GetAsync(HttpContext.RequestAborted);
        var lot = await lots.GetAsync(current, Id, HttpContext.RequestAborted);
        if (!lot.IsSuccess)
        {
            return NotFound();
        }
        // A unit of another lot is refused here, so a form of one lot never moves another's unit.
        if (!lot.Value.Units.Any(u => u.Code == unitCode))
        {
            return await AfterAsync([new ConflictError(CellProductErrorCodes.UnitNotInLot, "The unit is not from this lot.")], null, fillForm: true);
        }
        var result = await units.RecordCustodyAsync(current, unitCode, new CustodyInput(handOff, LocalTime(at, lot.Value.TimeZoneId), location),
            HttpContext.RequestAborted);
        return await AfterAsync(result.Errors, "The hand-off is recorded.", fillForm: true);
    }

    public async Task<IActionResult> OnPostStoreAsync(string? unitCode, string? location)
    {
        var current = await actor.GetAsync(HttpContext.RequestAborted);
        var lot = await lots.GetAsync(current, Id, HttpContext.RequestAborted);
        if (!lot.IsSuccess)
        {
            return NotFound();
        }
        var result = lot.Value.Units.Any(u => u.Code == unitCode)
            ? (await units.StoreAsync(current, unitCode, location, HttpContext.RequestAborted)).Errors
            : [new ConflictError(CellProductErrorCodes.UnitNotInLot, "The unit is not from this lot.")];
        return await AfterAsync(result, "The storage location is recorded.", fillForm: true);
    }

    /// <summary>The sentence of a refusal, naming the results out of specification and the donor's missing or reactive markers.</summary>
    public string Reason(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var text = CellLabText.Error(localizer, error);
        var named = error.Code switch
        {
            CellProductErrorCodes.OutOfSpecification => Lot.Judgement?.OutOfSpecification.Select(f => CellLabText.Field(localizer, f)),
            CellProductErrorCodes.DonorScreeningIncomplete => Donor?.ScreeningGaps.Where(g => g.Problem == "missing").Select(g => CellLabText.Of(localizer, "marker", g.Marker)),
            CellProductErrorCodes.DonorScreeningReactive => Donor?.ScreeningGaps.Where(g => g.Problem == "reactive").Select(g => CellLabText.Of(localizer, "marker", g.Marker)),
            _ => null,
        };
        return named is null ? text : text + " " + string.Join(localizer["cellLab.listSeparator"].Value, named);
    }

    // The wall-clock time typed in the clinic's zone ("2026-12-07T10:30"), as an instant; null when empty or not a time.
    private static DateTimeOffset? LocalTime(string? typed, string timeZoneId) =>
        DateTime.TryParseExact(typed, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            && ClinicTime.FindZone(timeZoneId) is { } zone
            ? new DateTimeOffset(ClinicTime.ToUtc(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local), zone))
            : null;

    private async Task<IActionResult> AfterAsync(IReadOnlyList<Error> errors, string? done, bool fillForm)
    {
        if (errors.Any(e => e is NotFoundError { EntityType: "lot" }))
        {
            return NotFound();
        }
        var shown = await ShowAsync(errors.Count == 0 ? done : null, fillForm);
        if (errors.Count > 0 && Lot is not null)
        {
            foreach (var validation in errors.OfType<ValidationError>())
            {
                ModelState.AddModelError("Form." + validation.Field, CellLabText.Error(localizer, validation));
            }
            PageErrors = [.. errors.Select(Reason)];
        }
        return shown;
    }

    private async Task<IActionResult> ShowAsync(string? done, bool fillForm)
    {
        var current = await actor.GetAsync(HttpContext.RequestAborted);
        var lot = await lots.GetAsync(current, Id, HttpContext.RequestAborted);
        if (!lot.IsSuccess)
        {
            return NotFound();
        }
        Lot = lot.Value;
        var donor = await donors.GetAsync(current, Lot.DonorCode, null, HttpContext.RequestAborted);
        Donor = donor.IsSuccess ? donor.Value : null;
        CanManage = current.CanAnywhere(Permission.ManageCellProducts);
        CanRecordWardHandOffs = current.CanAnywhere(Permission.AdministerInfusions);
        Done = done;
        if (fillForm && Lot.Results is { } r)
        {
            Form = ResultsForm.From(r);
        }
        return Page();
    }

    /// <summary>The release results as typed; numbers by their API field names.</summary>
    public sealed class ResultsForm
    {
        public Dictionary<string, decimal?> Numbers { get; set; } = [];

        public string? Sterility { get; set; }

        public string? Mycoplasma { get; set; }

        public string? Karyotype { get; set; }

        public decimal? Number(string field) => Numbers.GetValueOrDefault(field);

        public LotResultsInput ToInput() => new(Number(LotResultFields.ViabilityPercent), Number(LotResultFields.Cd73Percent),
            Number(LotResultFields.Cd90Percent), Number(LotResultFields.Cd105Percent), Number(LotResultFields.Cd45Percent),
            Number(LotResultFields.Cd34Percent), Number(LotResultFields.Cd14Percent), Number(LotResultFields.Cd19Percent),
            Number(LotResultFields.HlaDrPercent), Sterility, Mycoplasma, Number(LotResultFields.EndotoxinEuPerMl), Karyotype,
            Number(LotResultFields.PotencyPercent));

        public static ResultsForm From(LotResultsView r) => new()
        {
            Numbers = new()
            {
                [LotResultFields.ViabilityPercent] = r.ViabilityPercent, [LotResultFields.Cd73Percent] = r.Cd73Percent,
                [LotResultFields.Cd90Percent] = r.Cd90Percent, [LotResultFields.Cd105Percent] = r.Cd105Percent,
                [LotResultFields.Cd45Percent] = r.Cd45Percent, [LotResultFields.Cd34Percent] = r.Cd34Percent,
                [LotResultFields.Cd14Percent] = r.Cd14Percent, [LotResultFields.Cd19Percent] = r.Cd19Percent,
                [LotResultFields.HlaDrPercent] = r.HlaDrPercent, [LotResultFields.EndotoxinEuPerMl] = r.EndotoxinEuPerMl,
                [LotResultFields.PotencyPercent] = r.PotencyPercent,
            },
            Sterility = r.Sterility,
            Mycoplasma = r.Mycoplasma,
            Karyotype = r.Karyotype,
        };
    }
}
