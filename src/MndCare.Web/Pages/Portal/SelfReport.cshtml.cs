using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MndCare.Application.Assessments.Wordings;
using MndCare.Application.FollowUp;
using MndCare.Domain.Assessments;
using MndCare.Domain.Clinics;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Localization;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.Portal;

/// <summary>The self-administered ALSFRS-R at home, on a phone: the patient, or a caregiver acting for them, answers the twelve items in the
/// reader's language and says who is answering; it is saved by the same use case as the API (<see cref="SelfReports"/>).</summary>
[Authorize(Policy = Policies.SelfReport)]
[Audited(SelfReports.RecordAction, SelfReports.EntityType)]
public sealed class SelfReportModel(SelfReports reports, FollowUpSchedules schedules, AlsfrsRWordings wordings, HttpActor actor,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    /// <summary>The items in form order: item 5 is one question, rated on 5a or 5b by the feeding-tube answer.</summary>
    public static readonly IReadOnlyList<string> Items =
    [
        AlsfrsR.ItemNames.Speech, AlsfrsR.ItemNames.Salivation, AlsfrsR.ItemNames.Swallowing, AlsfrsR.ItemNames.Handwriting, "cutting",
        AlsfrsR.ItemNames.Dressing, AlsfrsR.ItemNames.Turning, AlsfrsR.ItemNames.Walking, AlsfrsR.ItemNames.Climbing, AlsfrsR.ItemNames.Dyspnea,
        AlsfrsR.ItemNames.Orthopnea, AlsfrsR.ItemNames.RespiratoryInsufficiency,
    ];

    [BindProperty]
    public SelfReportForm Form { get; set; } = new();

    /// <summary>The patient the account reaches (the first, for an account that reaches several).</summary>
    public Guid? PatientId { get; private set; }

    /// <summary>For a family member's account: their relationship to the patient (they always answer as a caregiver).</summary>
    public PatientRelationship? FamilyRelationship { get; private set; }

    public AlsfrsRWording Wording { get; private set; } = null!;

    public IReadOnlyList<FollowUpReminder> Reminders { get; private set; } = [];

    public IReadOnlyList<SelfReportView> Sent { get; private set; } = [];

    public IReadOnlyList<string> PageErrors { get; private set; } = [];

    public bool JustSent { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool sent)
    {
        JustSent = sent;
        return await LoadAsync() ?? Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } notFound)
        {
            return notFound;
        }
        var items = new Dictionary<string, int?>();
        foreach (var name in Items)
        {
            var key = name == "cutting"
                ? Form.Gastrostomy == "yes" ? AlsfrsR.ItemNames.CuttingWithGastrostomy : AlsfrsR.ItemNames.CuttingWithoutGastrostomy
                : name;
            items[key] = Form.Items.TryGetValue(name, out var text) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var score)
                ? score : null;
        }
        var input = new SelfReportInput(Form.EnteredBy, Form.EnteredBy == "caregiver" ? Form.Relationship : null, Form.AlsfrsrWording, items);
        var result = await reports.RecordAsync(await actor.GetAsync(HttpContext.RequestAborted), PatientId!.Value, input, HttpContext.RequestAborted);
        if (result.IsSuccess)
        {
            return Redirect("/Portal/SelfReport?sent=true");
        }
        PageErrors = FormErrors.Apply(ModelState, result.Errors, localizer);
        return Page();
    }

    private async Task<IActionResult?> LoadAsync()
    {
        var current = await actor.GetAsync(HttpContext.RequestAborted);
        var membership = current.Memberships.FirstOrDefault(m => m.Role == ClinicRole.Patient && m.PatientId is not null);
        var followUp = membership is null ? default : await schedules.PatientAsync(current, membership.PatientId!.Value, HttpContext.RequestAborted);
        if (membership is null || !followUp.IsSuccess)
        {
            return NotFound();
        }
        PatientId = membership.PatientId;
        FamilyRelationship = membership.Relationship is { } r && r != PatientRelationship.Self ? r : null;
        Wording = wordings.ForInterface();
        Form.AlsfrsrWording ??= Wording.Id;
        Sent = followUp.Value.SelfReports;
        Reminders = await schedules.RemindersAsync(current, HttpContext.RequestAborted);
        return null;
    }

    public sealed class SelfReportForm
    {
        /// <summary>patient or caregiver.</summary>
        public string? EnteredBy { get; set; } = "patient";

        /// <summary>The caregiver's relationship (wire name).</summary>
        public string? Relationship { get; set; }

        /// <summary>yes or no: whether the patient has a feeding tube (item 5b instead of 5a).</summary>
        public string? Gastrostomy { get; set; } = "no";

        public string? AlsfrsrWording { get; set; }

        public Dictionary<string, string?> Items { get; set; } = [];
    }
}
