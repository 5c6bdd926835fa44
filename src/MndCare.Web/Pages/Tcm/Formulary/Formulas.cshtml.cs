using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MndCare.Application.Tcm.Prescriptions;
using MndCare.Domain.Clinics;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.Tcm.Formulary;

/// <summary>The clinic's formula templates with their herbs and default doses; archived ones last.</summary>
[Authorize(Policy = Policies.ReadHerbalFormulary)]
[NotAudited("formula templates are reference data; no patient data (changes are audited on the edit page)")]
public sealed class FormulasModel(HerbFormulary formulary, HttpActor actor) : PageModel
{
    public IReadOnlyList<FormulaTemplateView> Templates { get; private set; } = [];

    public bool CanManage { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var current = await actor.GetAsync(HttpContext.RequestAborted);
        var read = await formulary.TemplatesAsync(current, HttpContext.RequestAborted);
        if (!read.IsSuccess)
        {
            return Forbid();
        }
        Templates = read.Value;
        CanManage = current.CanAnywhere(Permission.ManageHerbalFormulary);
        return Page();
    }
}
