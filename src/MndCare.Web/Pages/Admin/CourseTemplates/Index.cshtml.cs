using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MndCare.Application.Courses;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.Admin.CourseTemplates;

[Authorize(Policy = Policies.ManageCourseTemplates)]
[Audited(Application.Courses.CourseTemplates.ListAction, Application.Courses.CourseTemplates.EntityType)]
public sealed class IndexModel(Application.Courses.CourseTemplates templates, HttpActor actor) : PageModel
{
    public IReadOnlyList<CourseTemplateView> Templates { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var listed = await templates.ListAsync(await actor.GetAsync(HttpContext.RequestAborted), HttpContext.RequestAborted);
        Templates = listed.IsSuccess ? listed.Value : [];
    }
}
