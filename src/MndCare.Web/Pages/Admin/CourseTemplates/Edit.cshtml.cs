using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MndCare.Application.Courses;
using MndCare.Domain.Courses;
using MndCare.Domain.Patients;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.Admin.CourseTemplates;

/// <summary>Adds a template (no id) or replaces one, guarded by the version read (the API's If-Match rule); archiving is a checkbox.</summary>
[Authorize(Policy = Policies.ManageCourseTemplates)]
[Audited(Application.Courses.CourseTemplates.UpdateAction, Application.Courses.CourseTemplates.EntityType)]
public sealed class EditModel(Application.Courses.CourseTemplates templates, HttpActor actor, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public TemplateForm Form { get; set; } = TemplateForm.From(CourseTemplateInput.From(CourseTemplate.FourWeekDemo) with { Name = "", NameInChinese = "" });

    /// <summary>The version read, posted back so a change made meanwhile is refused.</summary>
    [BindProperty]
    public string? Version { get; set; }

    [BindProperty]
    public bool Archived { get; set; }

    public Guid? TemplateId { get; private set; }

    public IReadOnlyList<string> PageErrors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? id)
    {
        TemplateId = id;
        if (id is null)
        {
            return Page();
        }
        var found = await FindAsync(id.Value);
        if (found is null)
        {
            return NotFound();
        }
        (Form, Version, Archived) = (TemplateForm.From(found.Template), found.Version, found.Archived);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id)
    {
        TemplateId = id;
        var current = await actor.GetAsync(HttpContext.RequestAborted);
        var body = new CourseTemplateBody(Form.ToInput(), Archived);
        var result = id is { } templateId
            ? await templates.UpdateAsync(current, templateId, body, Guid.TryParse(Version, out var v) ? v : Guid.Empty, HttpContext.RequestAborted)
            : await templates.CreateAsync(current, null, body, HttpContext.RequestAborted);
        if (result.IsSuccess)
        {
            return Redirect("/Admin/CourseTemplates");
        }
        if (result.IsNotFound() && id is not null)
        {
            return NotFound();
        }
        PageErrors = FormErrors.Apply(ModelState, result.Errors, localizer);
        return Page();
    }

    private async Task<CourseTemplateView?> FindAsync(Guid id)
    {
        var listed = await templates.ListAsync(await actor.GetAsync(HttpContext.RequestAborted), HttpContext.RequestAborted);
        return listed.IsSuccess ? listed.Value.FirstOrDefault(t => t.Id == id) : null;
    }
}

/// <summary>The template form: its fields as posted, by wire name.</summary>
public sealed class TemplateForm
{
    public string? Name { get; set; }

    public string? NameInChinese { get; set; }

    public int LengthWeeks { get; set; }

    public int InfusionCount { get; set; }

    public int InfusionSpacingDays { get; set; }

    /// <summary>Sessions per week by modality wire name.</summary>
    public Dictionary<string, int> TcmSessionsPerWeek { get; set; } = [];

    public List<string> BaselineAssessments { get; set; } = [];

    public List<string> EndAssessments { get; set; } = [];

    public static TemplateForm From(CourseTemplateInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return new()
        {
            Name = input.Name, NameInChinese = input.NameInChinese, LengthWeeks = input.LengthWeeks, InfusionCount = input.InfusionCount,
            InfusionSpacingDays = input.InfusionSpacingDays,
            TcmSessionsPerWeek = WireNames.All<TcmModality>().ToDictionary(m => m, m => input.TcmSessionsPerWeek?.GetValueOrDefault(m) ?? 0),
            BaselineAssessments = [.. input.BaselineAssessments ?? []], EndAssessments = [.. input.EndAssessments ?? []],
        };
    }

    public CourseTemplateInput ToInput() => new(Name, string.IsNullOrWhiteSpace(NameInChinese) ? null : NameInChinese, LengthWeeks, InfusionCount,
        InfusionSpacingDays, TcmSessionsPerWeek, BaselineAssessments, EndAssessments);
}
