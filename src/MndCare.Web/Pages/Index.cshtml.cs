using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MndCare.Domain.Clinics;
using MndCare.Web.Infrastructure.Auditing;

namespace MndCare.Web.Pages;

[NotAudited("start page; shows no patient data (a patient user is redirected to their audited portal)")]
public sealed class IndexModel(HttpActor actor) : PageModel
{
    public string DisplayName { get; private set; } = string.Empty;

    public bool CanReadPatients { get; private set; }

    public bool CanWritePatients { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var current = await actor.GetAsync(HttpContext.RequestAborted);
        var staff = current.Memberships.Any(m => RolePermissions.IsStaff(m.Role));
        if (!staff && current.Holds(ClinicRole.Patient))
        {
            return Redirect("/Portal");
        }
        DisplayName = current.DisplayName;
        CanReadPatients = current.CanAnywhere(Permission.ReadPatients);
        CanWritePatients = current.CanAnywhere(Permission.WritePatients);
        return Page();
    }
}
