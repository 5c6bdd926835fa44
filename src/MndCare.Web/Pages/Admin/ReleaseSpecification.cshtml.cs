using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MndCare.Application.CellProducts;
using MndCare.Domain.CellProducts;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Security;
using MndCare.Web.Pages.CellLab;

namespace MndCare.Web.Pages.Admin;

/// <summary>The administrator's release specification: each product's current version, and a form that makes the next version.</summary>
[Authorize(Policy = Policies.ManageReleaseSpecifications)]
[Audited(ReleaseSpecifications.ReadAction, CellProductScope.SpecificationEntityType)]
public sealed class ReleaseSpecificationModel(ReleaseSpecifications specifications, HttpActor actor, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Product { get; set; }

    [BindProperty]
    public LimitsForm Form { get; set; } = new();

    public SpecificationList List { get; private set; } = new([], new ReleaseLimits());

    /// <summary>The version being edited; null for a product with no lot yet (it starts from the default).</summary>
    public SpecificationView? Current { get; private set; }

    public IReadOnlyList<string> PageErrors { get; private set; } = [];

    public SpecificationView? Saved { get; private set; }

    public async Task OnGetAsync()
    {
        await LoadAsync();
        Form = LimitsForm.From(Product, Current?.Limits ?? List.DefaultLimits);
    }

    public async Task OnPostAsync()
    {
        var result = await specifications.EditAsync(await actor.GetAsync(HttpContext.RequestAborted), null, Form.ProductCode, Form.ToInput(),
            HttpContext.RequestAborted);
        Saved = result.IsSuccess ? result.Value : null;
        PageErrors = result.IsSuccess ? [] : CellLabText.Apply(ModelState, result.Errors, localizer);
        Product = result.IsSuccess ? result.Value.ProductCode : Form.ProductCode;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        var list = await specifications.ListAsync(await actor.GetAsync(HttpContext.RequestAborted), HttpContext.RequestAborted, toEdit: true);
        List = list.IsSuccess ? list.Value : List;
        Product ??= List.Specifications.Count > 0 ? List.Specifications[0].ProductCode : null;
        Current = List.Specifications.FirstOrDefault(s => string.Equals(s.ProductCode, Product, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The limits as typed, by their API names.</summary>
    public sealed class LimitsForm
    {
        public string? ProductCode { get; set; }

        public Dictionary<string, decimal?> Limits { get; set; } = [];

        public decimal? Limit(string field) => Limits.GetValueOrDefault(field);

        public ReleaseLimitsInput ToInput() => new(Limit(ReleaseLimitFields.MinViabilityPercent), Limit(ReleaseLimitFields.MinCd73Percent),
            Limit(ReleaseLimitFields.MinCd90Percent), Limit(ReleaseLimitFields.MinCd105Percent), Limit(ReleaseLimitFields.MaxCd45Percent),
            Limit(ReleaseLimitFields.MaxCd34Percent), Limit(ReleaseLimitFields.MaxCd14Percent), Limit(ReleaseLimitFields.MaxCd19Percent),
            Limit(ReleaseLimitFields.MaxHlaDrPercent), Limit(ReleaseLimitFields.EndotoxinBelowEuPerMl), Limit(ReleaseLimitFields.MinPotencyPercent));

        public static LimitsForm From(string? productCode, ReleaseLimits limits) => new()
        {
            ProductCode = productCode,
            Limits = limits.Named().ToDictionary(l => l.Field, l => l.Value),
        };
    }
}
