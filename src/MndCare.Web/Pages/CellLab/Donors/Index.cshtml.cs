using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MndCare.Application.CellProducts;
using MndCare.Domain.Clinics;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.CellLab.Donors;

[Authorize(Policy = Policies.ReadCellProducts)]
[Audited(Application.CellProducts.Donors.ListAction, CellProductScope.DonorEntityType)]
public sealed class IndexModel(Application.CellProducts.Donors donors, HttpActor actor, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public IReadOnlyList<DonorSummary> Donors { get; private set; } = [];

    public IReadOnlyList<string> PageErrors { get; private set; } = [];

    public bool CanManage { get; private set; }

    public async Task OnGetAsync()
    {
        var current = await actor.GetAsync(HttpContext.RequestAborted);
        CanManage = current.CanAnywhere(Permission.ManageCellProducts);
        var result = await donors.ListAsync(current, HttpContext.RequestAborted);
        Donors = result.IsSuccess ? result.Value : [];
        PageErrors = result.IsSuccess ? [] : [.. result.Errors.Select(e => CellLabText.Error(localizer, e))];
    }
}
