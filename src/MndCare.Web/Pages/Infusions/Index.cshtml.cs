using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MndCare.Application.Infusions;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.Infusions;

/// <summary>The ward list: today's and the coming days' infusions in the clinic, and every running one.</summary>
[Authorize(Policy = Policies.ReadInfusions)]
[Audited(InfusionWard.ListAction, InfusionRecords.EntityType)]
public sealed class IndexModel(InfusionWard ward, HttpActor actor) : PageModel
{
    public IReadOnlyList<WardRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var result = await ward.ListAsync(await actor.GetAsync(HttpContext.RequestAborted), HttpContext.RequestAborted);
        if (!result.IsSuccess)
        {
            return Forbid();
        }
        Rows = result.Value;
        return Page();
    }
}
