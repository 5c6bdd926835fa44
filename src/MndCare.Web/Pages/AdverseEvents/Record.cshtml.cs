using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MndCare.Application.Safety.AdverseEvents;
using MndCare.Domain.Safety.AdverseEvents;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.AdverseEvents;

/// <summary>Any staff member records an adverse event for a patient (found by MRN), completes a draft, or records a bedside fever as
/// Fever or as Infusion related reaction (one, not both) with the grade from the temperature.</summary>
[Authorize(Policy = Policies.RecordAdverseEvents)]
[Audited(AdverseEventRecords.RecordAction, AdverseEventScope.EntityType)]
public sealed class RecordModel(AdverseEventRecords events, HttpActor actor, IStringLocalizer<SharedResource> localizer) : PageModel
{
    /// <summary>The value of the term list that asks for a free term.</summary>
    public const string OtherTerm = "other";

    public RecordFormView? Patient { get; private set; }

    [BindProperty]
    public RecordForm Form { get; set; } = new();

    public IReadOnlyList<string> PageErrors { get; private set; } = [];

    /// <summary>The shipped term key chosen (null for a free term): the grade definitions follow it.</summary>
    public string? TermKey => CtcaeTerms.Find(Form.Term)?.Key;

    public async Task<IActionResult> OnGetAsync(Guid? patientId, string? mrn, Guid? infusionId, DateTimeOffset? takenAt, string? term, Guid? eventId)
    {
        if (eventId is { } id)
        {
            var draft = await events.GetAsync(await ActorAsync(), id, HttpContext.RequestAborted);
            if (!draft.IsSuccess)
            {
                return NotFound();
            }
            Form = RecordForm.From(draft.Value);
            patientId = draft.Value.PatientId;
        }
        if (patientId is null && string.IsNullOrWhiteSpace(mrn) && infusionId is null)
        {
            return Page();
        }
        var form = await events.RecordFormAsync(await ActorAsync(), patientId, mrn, infusionId, takenAt, HttpContext.RequestAborted);
        if (!form.IsSuccess)
        {
            PageErrors = [localizer["No patient with that MRN in your clinic."]];
            return Page();
        }
        Patient = form.Value;
        Form.PatientId = Patient.PatientId;
        Form.InfusionId ??= Patient.InfusionId;
        if (eventId is null)
        {
            Form.Term = term ?? Form.Term;
            Form.Grade ??= Patient.SuggestedGrade;
            Form.OnsetOn ??= Patient.SuggestedOnset;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var current = await ActorAsync();
        if (Form.PatientId is not { } patientId)
        {
            return NotFound();
        }
        var form = await events.RecordFormAsync(current, patientId, null, null, null, HttpContext.RequestAborted);
        if (!form.IsSuccess)
        {
            return NotFound();
        }
        Patient = form.Value;
        var input = new AdverseEventInput(Form.Term == OtherTerm ? Form.OtherTerm : Form.Term, Form.OnsetOn, Form.Grade, Form.Seriousness,
            Form.Expected switch { "yes" => true, "no" => false, _ => null }, Form.CtcaeVersion, Form.ResolvedOn, Form.ActionTaken, Form.Outcome,
            Form.Description, Form.InfusionId);
        var result = Form.EventId is { } eventId
            ? await events.CompleteAsync(current, eventId, input, null, HttpContext.RequestAborted)
            : await events.RecordAsync(current, patientId, input, HttpContext.RequestAborted);
        if (result.IsSuccess)
        {
            return Redirect($"/AdverseEvents/{result.Value.Id:D}");
        }
        PageErrors = FormErrors.Apply(ModelState, result.Errors, localizer);
        return Page();
    }

    private Task<Application.Access.Actor> ActorAsync() => actor.GetAsync(HttpContext.RequestAborted);

    public sealed class RecordForm
    {
        public Guid? PatientId { get; set; }

        public Guid? EventId { get; set; }

        public Guid? InfusionId { get; set; }

        public string? Term { get; set; }

        public string? OtherTerm { get; set; }

        public string CtcaeVersion { get; set; } = CtcaeTerms.DefaultVersion;

        public int? Grade { get; set; }

        public DateOnly? OnsetOn { get; set; }

        public DateOnly? ResolvedOn { get; set; }

        public List<string> Seriousness { get; set; } = [];

        /// <summary>"yes", "no", or empty for the clinic's list to decide.</summary>
        public string? Expected { get; set; }

        public string? ActionTaken { get; set; }

        public string? Outcome { get; set; }

        public string? Description { get; set; }

        public static RecordForm From(AdverseEventView view) => new()
        {
            PatientId = view.PatientId,
            EventId = view.Id,
            InfusionId = view.InfusionId,
            Term = view.TermKey ?? (view.Term.Length > 0 ? RecordModel.OtherTerm : null),
            OtherTerm = view.TermKey is null ? view.Term : null,
            CtcaeVersion = view.CtcaeVersion,
            Grade = view.Grade,
            OnsetOn = view.OnsetOn,
            ResolvedOn = view.ResolvedOn,
            Seriousness = [.. view.Seriousness],
            Expected = view.Expected switch { true => "yes", false => "no", null => null },
            ActionTaken = view.ActionTaken,
            Outcome = view.Outcome,
            Description = view.Description,
        };
    }
}
