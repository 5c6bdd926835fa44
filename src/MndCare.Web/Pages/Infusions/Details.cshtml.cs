using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MndCare.Application.Access;
using MndCare.Application.Infusions;
using MndCare.Application.Safety.Labs;
using MndCare.Domain.Results;
using MndCare.Domain.Time;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.Infusions;

/// <summary>The bedside page: the order, the identity check, thaw, vital signs against the monitoring schedule, completion, stop and
/// deviations. Every form sends the version the page showed, so two nurses on one infusion never overwrite each other silently.</summary>
[Authorize(Policy = Policies.ReadInfusions)]
[Audited(InfusionRecords.ReadAction, InfusionRecords.EntityType)]
public sealed class DetailsModel(InfusionWard ward, InfusionRecords infusions, HttpActor actor, TimeProvider clock,
    IStringLocalizer<SharedResource> localizer, LabChecks labChecks) : PageModel
{
    /// <summary>The patient takes riluzole today (a fever then prompts a neutrophil count; issue 9).</summary>
    public bool OnRiluzole { get; private set; }

    private TimeZoneInfo? _zone;

    public BedsideView Bedside { get; private set; } = null!;

    public InfusionView Infusion => Bedside.Infusion;

    [BindProperty]
    public BedsideForm Form { get; set; } = new();

    /// <summary>The version the page showed (32 hexadecimal digits), sent back by every form.</summary>
    [BindProperty]
    public string? Version { get; set; }

    /// <summary>Which form the errors belong to ("identity", "thaw", "vitals", "complete", "stop", "deviation").</summary>
    public string? FailedForm { get; private set; }

    public IReadOnlyList<string> PageErrors { get; private set; } = [];

    /// <summary>Now in the clinic's zone, to the minute, as a datetime-local value (the forms' default times).</summary>
    public string NowLocal => ClinicTime.Local(clock.GetUtcNow(), Bedside.TimeZoneId).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ?? Page();

    public Task<IActionResult> OnPostIdentityCheckAsync(Guid id) =>
        ChangeAsync(id, "identity", (a, v) => infusions.CheckIdentityAsync(a, id, new IdentityCheckInput(Form.PatientCode, Form.UnitCodes ?? []), v,
            HttpContext.RequestAborted));

    public Task<IActionResult> OnPostThawAsync(Guid id) =>
        ChangeAsync(id, "thaw", (a, v) => infusions.RecordThawAsync(a, id, new ThawInput(Instant(Form.ThawedAt), Form.Diluent), v, HttpContext.RequestAborted));

    public Task<IActionResult> OnPostVitalSignsAsync(Guid id) =>
        ChangeAsync(id, "vitals", async (a, v) =>
        {
            var recorded = await infusions.RecordVitalSignsAsync(a, id, new VitalSignsInput(Instant(Form.TakenAt), Form.TemperatureCelsius, Form.HeartRate,
                Form.SystolicMmHg, Form.DiastolicMmHg, Form.RespiratoryRate, Form.Spo2Percent), v, HttpContext.RequestAborted);
            return recorded.IsSuccess ? Result<bool>.Success(true) : Result<bool>.Failure(recorded.Errors);
        });

    public Task<IActionResult> OnPostCompleteAsync(Guid id) =>
        ChangeAsync(id, "complete", (a, v) => infusions.CompleteAsync(a, id, new CompleteInfusionInput(Instant(Form.EndedAt)), v, HttpContext.RequestAborted));

    public Task<IActionResult> OnPostStopAsync(Guid id) =>
        ChangeAsync(id, "stop", (a, v) => infusions.StopAsync(a, id, new StopInfusionInput(Form.StopReason, Instant(Form.StoppedAt)), v,
            HttpContext.RequestAborted));

    public Task<IActionResult> OnPostDeviationAsync(Guid id) =>
        ChangeAsync(id, "deviation", (a, v) => infusions.RecordDeviationAsync(a, id, new DeviationInput(Form.DeviationText, Instant(Form.OccurredAt)), v,
            HttpContext.RequestAborted));

    // One path for every form: the version the page showed (a missing or garbled one never matches), then back to the page, or the
    // page again with the refusal in the reader's language next to the form that failed.
    private async Task<IActionResult> ChangeAsync<T>(Guid id, string form, Func<Actor, Guid?, Task<Result<T>>> change)
    {
        _zone = ClinicTime.FindZone(await ward.TimeZoneOfAsync(id, HttpContext.RequestAborted));
        if (_zone is null)
        {
            return NotFound();
        }
        var sent = Guid.TryParseExact(Version, "N", out var version) ? version : Guid.AllBitsSet;
        var result = await change(await actor.GetAsync(HttpContext.RequestAborted), sent);
        if (result.IsNotFound())
        {
            return NotFound();
        }
        if (result.IsSuccess)
        {
            return Redirect($"/Infusions/{id}#{form}");
        }
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }
        FailedForm = form;
        PageErrors = InfusionText.Apply(ModelState, result.Errors, localizer);
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        var result = await ward.BedsideAsync(await actor.GetAsync(HttpContext.RequestAborted), id, HttpContext.RequestAborted);
        if (!result.IsSuccess)
        {
            return NotFound();
        }
        Bedside = result.Value;
        OnRiluzole = await labChecks.OnRiluzoleAsync(Infusion.PatientId, ClinicTime.LocalDate(clock.GetUtcNow(), Bedside.TimeZoneId), HttpContext.RequestAborted);
        return null;
    }

    // A datetime-local value read in the clinic's zone.
    private DateTimeOffset? Instant(DateTime? local) =>
        local is { } l && _zone is not null ? new DateTimeOffset(ClinicTime.ToUtc(DateOnly.FromDateTime(l), TimeOnly.FromDateTime(l), _zone)) : null;

    public sealed class BedsideForm
    {
        public string? PatientCode { get; set; }

        public List<string?>? UnitCodes { get; set; }

        public DateTime? ThawedAt { get; set; }

        public string? Diluent { get; set; }

        public DateTime? TakenAt { get; set; }

        public decimal? TemperatureCelsius { get; set; }

        public int? HeartRate { get; set; }

        public int? SystolicMmHg { get; set; }

        public int? DiastolicMmHg { get; set; }

        public int? RespiratoryRate { get; set; }

        public int? Spo2Percent { get; set; }

        public DateTime? EndedAt { get; set; }

        public string? StopReason { get; set; }

        public DateTime? StoppedAt { get; set; }

        public string? DeviationText { get; set; }

        public DateTime? OccurredAt { get; set; }
    }
}
