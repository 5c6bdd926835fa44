using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MndCare.Application.Tcm.Prescriptions;
using MndCare.Domain.Results;
using MndCare.Domain.Tcm.Prescriptions;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.Tcm.Formulary;

/// <summary>A new formula template (no id) or an edit of one: Chinese and English names, herbs typed in any name form with a default
/// dose in g/day. <see cref="HerbFormulary.SaveTemplateAsync"/> checks the herbs (aristolochic-acid herbs refused) and audits.</summary>
[Authorize(Policy = Policies.ManageHerbalFormulary)]
[Audited(HerbFormulary.SaveTemplateAction, HerbFormulary.TemplateEntityType)]
public sealed class FormulaEditModel(HerbFormulary formulary, HttpActor actor, IStringLocalizer<SharedResource> localizer) : PageModel
{
    /// <summary>How many herb rows the form offers at least.</summary>
    public const int Rows = 12;

    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public string? NameChinese { get; set; }

    [BindProperty]
    public string? NameEnglish { get; set; }

    [BindProperty]
    public bool IsArchived { get; set; }

    [BindProperty]
    public List<ItemRow> Items { get; set; } = [];

    public IReadOnlyList<HerbView> Herbs { get; private set; } = [];

    public IReadOnlyList<string> PageErrors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var current = await actor.GetAsync(HttpContext.RequestAborted);
        if (Id is { } id)
        {
            var templates = await formulary.TemplatesAsync(current, HttpContext.RequestAborted);
            if (templates.Value.FirstOrDefault(t => t.Id == id) is not { } template)
            {
                return NotFound();
            }
            (NameChinese, NameEnglish, IsArchived) = (template.NameChinese, template.NameEnglish, template.IsArchived);
            Items = [.. template.Items.Select(i => new ItemRow { Herb = i.Chinese, Dose = i.DoseGramsPerDay })];
        }
        return await PageAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var current = await actor.GetAsync(HttpContext.RequestAborted);
        var input = new FormulaTemplateInput(NameChinese, NameEnglish,
            [.. Items.Where(i => !string.IsNullOrWhiteSpace(i.Herb)).Select(i => new FormulaItemInput(i.Herb, i.Dose))]);
        var saved = await formulary.SaveTemplateAsync(current, Id, input, IsArchived, HttpContext.RequestAborted);
        if (saved.IsSuccess)
        {
            return Redirect($"/Tcm/Formulas#template-{saved.Value.Id}");
        }
        if (saved.Errors.Any(e => e is NotFoundError))
        {
            return NotFound();
        }
        PageErrors = [.. saved.Errors.Select(e => FormularyText.Error(localizer, e)).Distinct()];
        return await PageAsync();
    }

    private async Task<IActionResult> PageAsync()
    {
        var read = await formulary.ReadAsync(await actor.GetAsync(HttpContext.RequestAborted), HttpContext.RequestAborted);
        Herbs = read.IsSuccess ? read.Value.Herbs : [];
        while (Items.Count < Rows)
        {
            Items.Add(new ItemRow());
        }
        return Page();
    }

    public sealed class ItemRow
    {
        public string? Herb { get; set; }

        public decimal? Dose { get; set; }
    }
}
