using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MndCare.Application.CellProducts;
using MndCare.Domain.Clinics;
using MndCare.Domain.Results;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.CellLab.Donors;

[Authorize(Policy = Policies.ReadCellProducts)]
[Audited(Application.CellProducts.Donors.ReadAction, CellProductScope.DonorEntityType)]
public sealed class DetailsModel(Application.CellProducts.Donors donors, HttpActor actor, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = string.Empty;

    [BindProperty]
    public ScreeningEntry Form { get; set; } = new();

    public DonorRecord Donor { get; private set; } = null!;

    public bool CanManage { get; private set; }

    public IReadOnlyList<string> PageErrors { get; private set; } = [];

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await ShowAsync(await donors.GetAsync(await actor.GetAsync(HttpContext.RequestAborted), Code, null, HttpContext.RequestAborted));

    public async Task<IActionResult> OnPostAsync()
    {
        var current = await actor.GetAsync(HttpContext.RequestAborted);
        var result = await donors.RecordScreeningAsync(current, Code, null, Form.Screening.ToInput(), HttpContext.RequestAborted);
        if (result.IsSuccess)
        {
            Saved = true;
            Form = new();
            return await ShowAsync(result);
        }
        PageErrors = CellLabText.Apply(ModelState, result.Errors, localizer);
        return result.Errors.Any(e => e is NotFoundError) ? NotFound()
            : await ShowAsync(await donors.GetAsync(current, Code, null, HttpContext.RequestAborted));
    }

    private async Task<IActionResult> ShowAsync(Result<DonorRecord> donor)
    {
        if (!donor.IsSuccess)
        {
            return NotFound();
        }
        Donor = donor.Value;
        CanManage = (await actor.GetAsync(HttpContext.RequestAborted)).CanAnywhere(Permission.ManageCellProducts);
        return Page();
    }

    public sealed class ScreeningEntry
    {
        public ScreeningForm Screening { get; set; } = new();
    }
}
