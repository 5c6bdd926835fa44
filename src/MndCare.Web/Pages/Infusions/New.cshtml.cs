using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MndCare.Application.Infusions;
using MndCare.Domain.Results;
using MndCare.Domain.Time;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.Infusions;

/// <summary>The clinician's infusion order on a course: a released lot, when, the dose per kilogram and the measured weight; the
/// page calculates total cells and units by the order's own rules before the clinician orders.</summary>
[Authorize(Policy = Policies.OrderInfusions)]
[Audited(InfusionWard.OrderFormAction, "course")]
public sealed class NewModel(InfusionWard ward, InfusionRecords infusions, HttpActor actor, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public OrderFormView Order { get; private set; } = null!;

    [BindProperty]
    public OrderForm Form { get; set; } = new();

    /// <summary>The calculated order, shown before ordering.</summary>
    public InfusionView? Preview { get; private set; }

    public IReadOnlyList<string> PageErrors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid courseId)
    {
        var loaded = await LoadAsync(courseId);
        if (loaded is null && Order.Lots.Count == 1)
        {
            Form.LotId = Order.Lots[0].Id;
        }
        return loaded ?? Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(Guid courseId)
    {
        if (await LoadAsync(courseId) is { } notFound)
        {
            return notFound;
        }
        var result = await infusions.PreviewOrderAsync(await actor.GetAsync(HttpContext.RequestAborted), courseId, Input(), HttpContext.RequestAborted);
        Preview = result.IsSuccess ? result.Value : null;
        PageErrors = result.IsSuccess ? [] : InfusionText.Apply(ModelState, [.. WeighedAtMissing(), .. result.Errors], localizer);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid courseId)
    {
        if (await LoadAsync(courseId) is { } notFound)
        {
            return notFound;
        }
        var missing = WeighedAtMissing();
        if (missing.Count > 0)
        {
            PageErrors = InfusionText.Apply(ModelState, missing, localizer);
            return Page();
        }
        var result = await infusions.OrderAsync(await actor.GetAsync(HttpContext.RequestAborted), courseId, Input(), HttpContext.RequestAborted);
        if (result.IsSuccess)
        {
            return Redirect($"/Infusions/{result.Value.Id}");
        }
        PageErrors = InfusionText.Apply(ModelState, result.Errors, localizer);
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid courseId)
    {
        var form = await ward.OrderFormAsync(await actor.GetAsync(HttpContext.RequestAborted), courseId, HttpContext.RequestAborted);
        if (!form.IsSuccess)
        {
            return NotFound();
        }
        Order = form.Value;
        return null;
    }

    // The page asks when the weight was measured (the API would take the order time).
    private List<Error> WeighedAtMissing() => Form.WeighedDate is null || Form.WeighedTime is null
        ? [new ValidationError("weighedAt", ValidationError.Required, "weighedAt is required.")]
        : [];

    private OrderInfusionInput Input() => new(Form.LotId, Instant(Form.ScheduledDate, Form.ScheduledTime),
        Form.DoseMillions is { } millions ? millions * 1_000_000m : null, Form.WeightKg, Instant(Form.WeighedDate, Form.WeighedTime));

    private DateTimeOffset? Instant(DateOnly? date, TimeOnly? time) =>
        date is { } d && time is { } t && ClinicTime.FindZone(Order.TimeZoneId) is { } zone
            ? new DateTimeOffset(ClinicTime.ToUtc(d, t, zone))
            : null;

    public sealed class OrderForm
    {
        public Guid? LotId { get; set; }

        public DateOnly? ScheduledDate { get; set; }

        public TimeOnly? ScheduledTime { get; set; }

        /// <summary>The dose in ×10^6 cells/kg, as clinicians write it.</summary>
        public decimal? DoseMillions { get; set; }

        public decimal? WeightKg { get; set; }

        public DateOnly? WeighedDate { get; set; }

        public TimeOnly? WeighedTime { get; set; }
    }
}
