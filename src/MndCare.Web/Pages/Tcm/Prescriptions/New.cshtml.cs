using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MndCare.Application.Tcm.Prescriptions;
using MndCare.Domain.Results;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.Tcm.Prescriptions;

/// <summary>A new herbal prescription for a patient, item by item or from a formula template, or a new version of a signed one
/// (<c>?replaces=</c>, with the reason). Herbs are typed in pinyin, Chinese or Latin; the list suggests every catalogue herb.</summary>
[Authorize(Policy = Policies.PrescribeHerbs)]
[Audited(HerbalPrescriptions.CreateAction, HerbalPrescriptions.EntityType)]
public sealed class NewModel(HerbalPrescriptions prescriptions, HerbFormulary formulary, HttpActor actor, IStringLocalizer<SharedResource> localizer) : PageModel
{
    /// <summary>How many item rows the form offers.</summary>
    public const int Rows = 12;

    [BindProperty(SupportsGet = true)]
    public Guid PatientId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? TemplateId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Replaces { get; set; }

    [BindProperty]
    public List<ItemRow> Items { get; set; } = [];

    [BindProperty]
    public int? Days { get; set; } = 14;

    [BindProperty]
    public string Preparation { get; set; } = "decoction";

    [BindProperty]
    public string? Reason { get; set; }

    public IReadOnlyList<FormulaTemplateView> Templates { get; private set; } = [];

    public IReadOnlyList<HerbView> Herbs { get; private set; } = [];

    public IReadOnlyList<string> PageErrors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        var current = await actor.GetAsync(HttpContext.RequestAborted);
        if (Replaces is { } replaced && (await prescriptions.GetAsync(current, replaced, HttpContext.RequestAborted)) is { IsSuccess: true } previous)
        {
            Items = [.. previous.Value.Items.Select(i => new ItemRow { Herb = i.Chinese, Dose = i.DoseGramsPerDay, Processing = i.Processing, Batch = i.Batch, Supplier = i.Supplier })];
            Days = previous.Value.Days;
            Preparation = previous.Value.Preparation;
        }
        else if (Templates.FirstOrDefault(t => t.Id == TemplateId) is { } template)
        {
            Items = [.. template.Items.Select(i => new ItemRow { Herb = i.Chinese, Dose = i.DoseGramsPerDay })];
        }
        Pad();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var current = await actor.GetAsync(HttpContext.RequestAborted);
        var input = new PrescriptionInput([.. Items.Where(i => !string.IsNullOrWhiteSpace(i.Herb))
            .Select(i => new PrescriptionItemInput(i.Herb, i.Dose, i.Processing, i.Batch, i.Supplier))], Days, Preparation, TemplateId);
        var result = Replaces is { } replaced
            ? await prescriptions.CorrectAsync(current, replaced, new CorrectPrescriptionInput(Reason, input), HttpContext.RequestAborted)
            : await prescriptions.CreateAsync(current, PatientId, input, HttpContext.RequestAborted);
        if (result.IsSuccess)
        {
            return Redirect($"/HerbalPrescriptions/{result.Value.Id}");
        }
        if (result.Errors.Any(e => e is NotFoundError))
        {
            return NotFound();
        }
        await LoadAsync();
        PageErrors = [.. result.Errors.Select(e => PrescriptionText.Error(localizer, e))];
        Pad();
        return Page();
    }

    private async Task LoadAsync()
    {
        var current = await actor.GetAsync(HttpContext.RequestAborted);
        Templates = (await formulary.TemplatesAsync(current, HttpContext.RequestAborted)) is { IsSuccess: true } t ? [.. t.Value.Where(v => !v.IsArchived)] : [];
        Herbs = (await formulary.ReadAsync(current, HttpContext.RequestAborted)) is { IsSuccess: true } f ? f.Value.Herbs : [];
    }

    private void Pad()
    {
        while (Items.Count < Rows)
        {
            Items.Add(new ItemRow());
        }
    }

    /// <summary>One item row as typed.</summary>
    public sealed class ItemRow
    {
        public string? Herb { get; set; }

        public decimal? Dose { get; set; }

        public string? Processing { get; set; }

        public string? Batch { get; set; }

        public string? Supplier { get; set; }
    }
}
