using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MndCare.Application.Patients;
using MndCare.Application.Tcm.Visits;
using MndCare.Domain.Clinics;
using MndCare.Domain.Tcm.Visits;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.Tcm.Visits;

/// <summary>The practitioner records an acupuncture, moxibustion or tuina session, optionally filling a TCM slot of the patient's course.</summary>
/// <remarks>Points are typed as a code, pinyin or Chinese name; suggestions come from the audited catalogue search (handler Suggest).</remarks>
[Authorize(Policy = Policies.RecordTcmRecords)]
[Audited(TcmRecords.RecordSessionAction, TcmRecords.SessionEntityType)]
public sealed class SessionModel(TcmRecords records, AcupointSearch search, PatientRegistry registry, HttpActor actor,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    /// <summary>How many point rows the form offers.</summary>
    public const int PointRows = 10;

    public PatientRecord Patient { get; private set; } = null!;

    /// <summary>The clinic's zone, in which date and time are typed.</summary>
    public string TimeZoneId { get; private set; } = string.Empty;

    /// <summary>The course slot the session fills, when it came from the course page.</summary>
    public TcmSlotView? Slot { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string Modality { get; set; } = "acupuncture";

    [BindProperty(SupportsGet = true)]
    public Guid? SlotId { get; set; }

    [BindProperty]
    public SessionForm Form { get; set; } = new();

    public IReadOnlyList<string> PageErrors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid patientId) => await LoadAsync(patientId) ?? Page();

    public async Task<IActionResult> OnGetSuggestAsync(string? q) =>
        new JsonResult(await search.SearchAsync(await actor.GetAsync(HttpContext.RequestAborted), q, HttpContext.RequestAborted));

    public async Task<IActionResult> OnPostAsync(Guid patientId)
    {
        if (await LoadAsync(patientId) is { } notFound)
        {
            return notFound;
        }
        var acupuncture = Modality == "acupuncture";
        var draft = new TcmSessionDraft(Modality, PerformedAt(), SlotId,
            acupuncture ? [.. Form.Points.Where(p => !string.IsNullOrWhiteSpace(p.Code)).Select(p => new NeedledPointDraft(p.Code, p.Side))] : null,
            acupuncture ? Form.Technique : null, acupuncture ? Form.FrequencyHz : null, acupuncture ? Form.RetentionMinutes : null,
            acupuncture ? null : Form.Region, acupuncture ? null : Form.Method, acupuncture ? null : Form.DurationMinutes, Form.Notes);
        var result = await records.RecordSessionAsync(await actor.GetAsync(HttpContext.RequestAborted), patientId, draft, HttpContext.RequestAborted);
        if (result.IsSuccess)
        {
            return Redirect(Slot is null ? $"/Tcm/Visits/{patientId}" : $"/Courses/{Slot.CourseId}#session-{Slot.SessionId}");
        }
        PageErrors = FormErrors.Apply(ModelState, result.Errors, localizer);
        return Page();
    }

    // The date and time typed in the clinic's zone; now when both are empty; an unreadable entry is refused by the form's own message.
    private DateTimeOffset? PerformedAt()
    {
        var instant = Courses.DetailsModel.Instant(Form.Date, Form.Time, TimeZoneId);
        return instant is null ? null
            : DateTimeOffset.TryParse(instant, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at
            : DateTimeOffset.MaxValue;
    }

    private async Task<IActionResult?> LoadAsync(Guid patientId)
    {
        var current = await actor.GetAsync(HttpContext.RequestAborted);
        var patient = await registry.GetAsync(current, patientId, HttpContext.RequestAborted);
        if (!patient.IsSuccess || !current.Can(Permission.RecordTcmRecords, patient.Value.ClinicId)
            || TcmWireNames.ParseModality(Modality) is null)
        {
            return NotFound();
        }
        Patient = patient.Value;
        TimeZoneId = await records.TimeZoneAsync(Patient.ClinicId, HttpContext.RequestAborted);
        if (SlotId is { } slotId)
        {
            var slot = await records.GetSlotAsync(current, slotId, HttpContext.RequestAborted);
            if (!slot.IsSuccess || slot.Value.PatientId != patientId)
            {
                return NotFound();
            }
            Slot = slot.Value;
            Modality = Slot.Kind;
        }
        return null;
    }

    public sealed class SessionForm
    {
        public string? Date { get; set; }

        public string? Time { get; set; }

        public List<PointRow> Points { get; set; } = [];

        public string? Technique { get; set; } = "manual";

        public decimal? FrequencyHz { get; set; }

        public int? RetentionMinutes { get; set; }

        public string? Region { get; set; }

        public string? Method { get; set; }

        public int? DurationMinutes { get; set; }

        public string? Notes { get; set; }
    }

    public sealed class PointRow
    {
        public string? Code { get; set; }

        public string? Side { get; set; }
    }
}
