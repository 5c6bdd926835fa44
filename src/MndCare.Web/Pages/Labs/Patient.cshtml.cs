using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MndCare.Application.Patients;
using MndCare.Application.Safety.Labs;
using MndCare.Domain.Clinics;
using MndCare.Domain.Safety.Labs;
using MndCare.Domain.Time;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.Labs;

/// <summary>A patient's lab page (from the patient record): enter a result with its unit and reference limit, see each test's series with
/// grade, × ULN and alerts, the fever prompt and the scheduled checks. Entry calls the same use case as the API.</summary>
[Authorize(Policy = Policies.ReadLabResults)]
[Audited(LabResults.ListAction, LabResults.EntityType)]
public sealed class PatientModel(LabResults labs, PatientRegistry registry, HttpActor actor, TimeProvider clock, IStringLocalizer<SharedResource> localizer)
    : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public PatientRecord Patient { get; private set; } = null!;

    public PatientLabsView Labs { get; private set; } = null!;

    public bool CanRecord { get; private set; }

    [BindProperty]
    public LabForm Form { get; set; } = new();

    public IReadOnlyList<string> PageErrors { get; private set; } = [];

    /// <summary>Now in the clinic's zone, to the minute (the default collection time).</summary>
    public string NowLocal => ClinicTime.Local(clock.GetUtcNow(), Labs.TimeZoneId).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The results grouped by test, in the order of <see cref="LabText.Tests"/>, each series newest first.</summary>
    public IEnumerable<IGrouping<string, LabResultView>> Series => Labs.Results.GroupBy(r => r.Test)
        .OrderBy(g => LabTests.FromWireName(g.Key));

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ?? Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } notFound)
        {
            return notFound;
        }
        var test = LabTests.FromWireName(Form.Test);
        var limit = test?.Limit();
        var zone = ClinicTime.FindZone(Labs.TimeZoneId)!;
        DateTimeOffset? collectedAt = Form.CollectedAt is { } l
            ? new DateTimeOffset(ClinicTime.ToUtc(DateOnly.FromDateTime(l), TimeOnly.FromDateTime(l), zone))
            : null;
        var input = new LabResultInput(Form.Test, Form.Value, Form.Unit, limit == LimitKind.Upper ? Form.Limit : null,
            limit == LimitKind.Lower ? Form.Limit : null, limit == LimitKind.Upper ? Form.Baseline : null,
            test == LabTest.Temperature ? Form.DurationHours : null, collectedAt);
        var result = await labs.RecordAsync(await actor.GetAsync(HttpContext.RequestAborted), Id, input, HttpContext.RequestAborted);
        if (result.IsSuccess)
        {
            return Redirect($"/Labs/Patient/{Id}?recorded={result.Value.Id:D}#result-{result.Value.Id:D}");
        }
        PageErrors = FormErrors.Apply(ModelState, result.Errors, localizer);
        return Page();
    }

    private async Task<IActionResult?> LoadAsync()
    {
        var current = await actor.GetAsync(HttpContext.RequestAborted);
        var found = await labs.ForPatientAsync(current, Id, HttpContext.RequestAborted);
        var patient = found.IsSuccess ? await registry.GetAsync(current, Id, HttpContext.RequestAborted) : default;
        if (!found.IsSuccess || !patient.IsSuccess)
        {
            return NotFound();
        }
        (Labs, Patient) = (found.Value, patient.Value);
        CanRecord = current.Can(Permission.RecordLabResults, Patient.ClinicId);
        return null;
    }

    public sealed class LabForm
    {
        public string? Test { get; set; }

        public decimal? Value { get; set; }

        public string? Unit { get; set; }

        /// <summary>The reference limit: the ULN for raised tests, the LLN for counts and haemoglobin.</summary>
        public decimal? Limit { get; set; }

        public decimal? Baseline { get; set; }

        public decimal? DurationHours { get; set; }

        public DateTime? CollectedAt { get; set; }
    }
}
