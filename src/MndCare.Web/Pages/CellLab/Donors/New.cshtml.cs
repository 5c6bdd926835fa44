using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MndCare.Application.CellProducts;
using MndCare.Domain.CellProducts;
using MndCare.Domain.Patients;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.CellLab.Donors;

[Authorize(Policy = Policies.ManageCellProducts)]
[Audited(Application.CellProducts.Donors.CreateAction, CellProductScope.DonorEntityType)]
public sealed class NewModel(Application.CellProducts.Donors donors, HttpActor actor, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public DonorForm Form { get; set; } = new();

    public IReadOnlyList<string> PageErrors { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await donors.RegisterAsync(await actor.GetAsync(HttpContext.RequestAborted), null,
            new DonorInput(Form.DonorCode, Form.ConsentedOn, Form.Screening.ToInput()), HttpContext.RequestAborted);
        if (result.IsSuccess)
        {
            return Redirect($"/CellLab/Donors/{result.Value.DonorCode}");
        }
        PageErrors = CellLabText.Apply(ModelState, result.Errors, localizer);
        return Page();
    }

    public sealed class DonorForm
    {
        public string? DonorCode { get; set; }

        public DateOnly? ConsentedOn { get; set; }

        public ScreeningForm Screening { get; set; } = new();
    }
}

/// <summary>Screening results as typed: per marker (wire name) a result and a test date; a marker left empty is not sent.</summary>
public sealed class ScreeningForm
{
    /// <summary>The markers, in the order.</summary>
    public static IReadOnlyList<string> Markers { get; } = WireNames.All<InfectiousMarker>();

    public Dictionary<string, string?> Result { get; set; } = [];

    public Dictionary<string, DateOnly?> TestedOn { get; set; } = [];

    public IReadOnlyList<ScreeningInput> ToInput() =>
        [.. Markers.Where(m => !string.IsNullOrEmpty(Result.GetValueOrDefault(m)) || TestedOn.GetValueOrDefault(m) is not null)
            .Select(m => new ScreeningInput(m, Result.GetValueOrDefault(m), TestedOn.GetValueOrDefault(m)))];
}
