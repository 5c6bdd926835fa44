using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MndCare.Application.CellProducts;
using MndCare.Domain.CellProducts;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.CellLab.Lots;

[Authorize(Policy = Policies.ManageCellProducts)]
[Audited(Application.CellProducts.Lots.CreateAction, CellProductScope.LotEntityType)]
public sealed class NewModel(Application.CellProducts.Lots lots, HttpActor actor, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public LotForm Form { get; set; } = new();

    public IReadOnlyList<string> PageErrors { get; private set; } = [];

    public void OnGet(string? donorCode) => Form.DonorCode = donorCode;

    public async Task<IActionResult> OnPostAsync()
    {
        var f = Form;
        var result = await lots.RegisterAsync(await actor.GetAsync(HttpContext.RequestAborted), null, new LotInput(f.LotNumber, f.ProductCode, f.DonorCode,
            f.ManufacturedOn, f.ExpiresOn, f.Passage, f.CellsPerUnit, f.UnitsProduced, f.ThawToEndLimitMinutes, f.StorageMaxCelsius),
            HttpContext.RequestAborted);
        if (result.IsSuccess)
        {
            return Redirect($"/CellLab/Lots/{result.Value.Id}");
        }
        PageErrors = CellLabText.Apply(ModelState, result.Errors, localizer);
        return Page();
    }

    /// <summary>The lot as typed; the same fields as POST /api/lots.</summary>
    public sealed class LotForm
    {
        public string? LotNumber { get; set; }

        public string? ProductCode { get; set; }

        public string? DonorCode { get; set; }

        public DateOnly? ManufacturedOn { get; set; }

        public DateOnly? ExpiresOn { get; set; }

        public int? Passage { get; set; }

        public long? CellsPerUnit { get; set; }

        public int? UnitsProduced { get; set; }

        public int? ThawToEndLimitMinutes { get; set; }

        public decimal? StorageMaxCelsius { get; set; }
    }
}
