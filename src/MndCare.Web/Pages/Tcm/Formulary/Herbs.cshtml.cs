using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MndCare.Application.Tcm.Prescriptions;
using MndCare.Domain.Clinics;
using MndCare.Domain.Results;
using MndCare.Domain.Tcm.Herbs;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.Tcm.Formulary;

/// <summary>The clinic's herb catalogue: search by pinyin, characters or Latin name; each herb in its three names with its safety
/// lists and their sources. Holders of <see cref="Permission.ManageHerbalFormulary"/> add a herb and add or retire safety-list entries
/// (<see cref="HerbFormulary"/> checks and audits every change).</summary>
[Authorize(Policy = Policies.ReadHerbalFormulary)]
[Audited(HerbFormulary.SafetyAction, HerbFormulary.HerbEntityType)]
public sealed class HerbsModel(HerbFormulary formulary, Application.Tcm.Visits.TcmRecords tcm, HttpActor actor, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty]
    public NewHerbForm NewHerb { get; set; } = new();

    [BindProperty]
    public SafetyForm Safety { get; set; } = new();

    public FormularyView? Formulary { get; private set; }

    public bool CanManage { get; private set; }

    /// <summary>The clinic's time zone, in which changes are dated.</summary>
    public string TimeZoneId { get; private set; } = "UTC";

    public IReadOnlyList<string> PageErrors { get; private set; } = [];

    public string? Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? saved)
    {
        Saved = saved;
        return await LoadAsync();
    }

    public async Task<IActionResult> OnPostAddAsync()
    {
        var current = await actor.GetAsync(HttpContext.RequestAborted);
        var aliases = (NewHerb.Aliases ?? string.Empty).Split([',', '，', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var added = await formulary.AddHerbAsync(current, new ClinicHerbInput(NewHerb.Pinyin, NewHerb.Chinese, NewHerb.LatinName, aliases, NewHerb.Source),
            HttpContext.RequestAborted);
        return added.IsSuccess ? Redirect($"/Tcm/Herbs?q={Uri.EscapeDataString(added.Value.Chinese)}&saved=added") : await RefusedAsync(added.Errors);
    }

    public async Task<IActionResult> OnPostSafetyAsync()
    {
        var current = await actor.GetAsync(HttpContext.RequestAborted);
        var changed = await formulary.ChangeSafetyAsync(current, new SafetyChangeInput(Safety.Herb, Safety.List, Safety.Retire, Safety.Source),
            HttpContext.RequestAborted);
        return changed.IsSuccess ? Redirect($"/Tcm/Herbs?q={Uri.EscapeDataString(changed.Value.Chinese)}&saved=safety") : await RefusedAsync(changed.Errors);
    }

    private async Task<IActionResult> RefusedAsync(IReadOnlyList<Error> errors)
    {
        if (errors.Any(e => e is ForbiddenError))
        {
            return Forbid();
        }
        PageErrors = [.. errors.Select(e => FormularyText.Error(localizer, e)).Distinct()];
        return await LoadAsync();
    }

    private async Task<IActionResult> LoadAsync()
    {
        var current = await actor.GetAsync(HttpContext.RequestAborted);
        var read = await formulary.ReadAsync(current, Q, HttpContext.RequestAborted);
        if (!read.IsSuccess)
        {
            return Forbid();
        }
        Formulary = read.Value;
        TimeZoneId = await tcm.TimeZoneAsync(HerbFormulary.ClinicOf(current, [.. HerbFormulary.Readers])!.Value, HttpContext.RequestAborted);
        CanManage = current.CanAnywhere(Permission.ManageHerbalFormulary);
        return Page();
    }

    public sealed class NewHerbForm
    {
        public string? Pinyin { get; set; }

        public string? Chinese { get; set; }

        public string? LatinName { get; set; }

        public string? Aliases { get; set; }

        public string? Source { get; set; }
    }

    public sealed class SafetyForm
    {
        public string? Herb { get; set; }

        public string? List { get; set; }

        public bool Retire { get; set; }

        public string? Source { get; set; }
    }
}
