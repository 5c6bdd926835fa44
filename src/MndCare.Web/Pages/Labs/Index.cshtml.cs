using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MndCare.Application.Safety.Labs;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.Labs;

/// <summary>The clinic's lab work list: open ALT alerts (on each patient's latest ALT) and due or overdue lab checks.</summary>
[Authorize(Policy = Policies.ReadLabResults)]
[Audited(LabResults.WorkListAction, LabResults.EntityType)]
public sealed class IndexModel(LabResults labs, HttpActor actor) : PageModel
{
    public ClinicLabsView WorkList { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        var result = await labs.WorkListAsync(await actor.GetAsync(HttpContext.RequestAborted), null, HttpContext.RequestAborted);
        if (!result.IsSuccess)
        {
            return NotFound();
        }
        WorkList = result.Value;
        return Page();
    }
}
