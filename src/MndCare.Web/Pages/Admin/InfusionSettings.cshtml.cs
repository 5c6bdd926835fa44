using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MndCare.Application.Infusions;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Security;
using MndCare.Web.Pages.Infusions;

namespace MndCare.Web.Pages.Admin;

/// <summary>The administrator's infusion settings: dose range (×10^6 cells/kg), weight age limit and monitoring.</summary>
[Authorize(Policy = Policies.ManageInfusionSettings)]
[Audited(InfusionPolicies.SaveAction, InfusionPolicies.EntityType)]
public sealed class InfusionSettingsModel(InfusionPolicies policies, HttpActor actor, IStringLocalizer<SharedResource> localizer) : PageModel
{
    private const decimal Million = 1_000_000m;

    [BindProperty]
    public SettingsForm Form { get; set; } = new();

    /// <summary>The version the page showed (the save's expected version).</summary>
    [BindProperty]
    public string? Version { get; set; }

    public IReadOnlyList<string> PageErrors { get; private set; } = [];

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var result = await policies.GetAsync(await actor.GetAsync(HttpContext.RequestAborted), HttpContext.RequestAborted);
        if (!result.IsSuccess)
        {
            return Forbid();
        }
        Show(result.Value);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var input = new InfusionSettingsInput(Form.MinMillions * Million, Form.MaxMillions * Million, Form.WeightMaxAgeDays, Form.MonitoringIntervalMinutes,
            Form.MonitoringAfterEndMinutes);
        var sent = Guid.TryParseExact(Version, "N", out var version) ? version : Guid.AllBitsSet;
        var result = await policies.SaveAsync(await actor.GetAsync(HttpContext.RequestAborted), input, sent, HttpContext.RequestAborted);
        Saved = result.IsSuccess;
        if (result.IsSuccess)
        {
            Show(result.Value);
        }
        PageErrors = result.IsSuccess ? [] : InfusionText.Apply(ModelState, result.Errors, localizer);
        return Page();
    }

    private void Show(InfusionSettingsView settings)
    {
        Form = new SettingsForm
        {
            MinMillions = settings.MinCellsPerKg / Million,
            MaxMillions = settings.MaxCellsPerKg / Million,
            WeightMaxAgeDays = settings.WeightMaxAgeDays,
            MonitoringIntervalMinutes = settings.MonitoringIntervalMinutes,
            MonitoringAfterEndMinutes = settings.MonitoringAfterEndMinutes,
        };
        Version = settings.Version;
        ModelState.Clear();
    }

    public sealed class SettingsForm
    {
        public decimal? MinMillions { get; set; }

        public decimal? MaxMillions { get; set; }

        public int? WeightMaxAgeDays { get; set; }

        public int? MonitoringIntervalMinutes { get; set; }

        public int? MonitoringAfterEndMinutes { get; set; }
    }
}
