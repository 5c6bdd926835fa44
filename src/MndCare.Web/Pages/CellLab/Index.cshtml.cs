using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MndCare.Application.CellProducts;
using MndCare.Domain.CellProducts;
using MndCare.Domain.Clinics;
using MndCare.Domain.Patients;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.CellLab;

[Authorize(Policy = Policies.ReadCellProducts)]
[Audited(Application.CellProducts.Lots.ListAction, CellProductScope.LotEntityType)]
public sealed class IndexModel(Application.CellProducts.Lots lots, HttpActor actor, IStringLocalizer<SharedResource> localizer) : PageModel
{
    /// <summary>The statuses the list can be narrowed to, in their wire names.</summary>
    public static IReadOnlyList<string> Statuses { get; } = WireNames.All<LotStatus>();

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    public IReadOnlyList<LotSummary> Lots { get; private set; } = [];

    public IReadOnlyList<string> PageErrors { get; private set; } = [];

    public bool CanManage { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var current = await actor.GetAsync(HttpContext.RequestAborted);
        CanManage = current.CanAnywhere(Permission.ManageCellProducts);
        var result = await lots.ListAsync(current, string.IsNullOrEmpty(Status) ? null : Status, HttpContext.RequestAborted);
        Lots = result.IsSuccess ? result.Value : [];
        PageErrors = result.IsSuccess ? [] : [.. result.Errors.Select(e => CellLabText.Error(localizer, e))];
        return Page();
    }
}
