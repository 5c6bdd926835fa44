using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MndCare.Application.FollowUp;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.FollowUp;

/// <summary>The administrator's follow-up schedule: the months after the end of a course and the window in days.</summary>
[Authorize(Policy = Policies.ManageFollowUpSettings)]
[Audited(FollowUpPolicies.SaveAction, FollowUpPolicies.EntityType)]
public sealed class SettingsModel(FollowUpPolicies policies, HttpActor actor, IStringLocalizer<SharedResource> localizer) : PageModel
{
    /// <summary>The months as typed, e.g. "1, 3, 6, 12".</summary>
    [BindProperty]
    public string? Months { get; set; }

    [BindProperty]
    public int? WindowDays { get; set; }

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
        var parts = (Months ?? string.Empty).Split([',', '，', ' '], StringSplitOptions.RemoveEmptyEntries);
        var months = parts.Select(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : -1).ToList();
        var sent = Guid.TryParseExact(Version, "N", out var version) ? version : Guid.AllBitsSet;
        var result = await policies.SaveAsync(await actor.GetAsync(HttpContext.RequestAborted), new FollowUpSettingsInput(months, WindowDays), sent,
            HttpContext.RequestAborted);
        Saved = result.IsSuccess;
        if (result.IsSuccess)
        {
            Show(result.Value);
        }
        PageErrors = result.IsSuccess ? [] : FormErrors.Localize(result.Errors, localizer);
        return Page();
    }

    private void Show(FollowUpSettingsView settings)
    {
        Months = string.Join(", ", settings.MonthsAfterEnd);
        WindowDays = settings.WindowDays;
        Version = settings.Version;
        ModelState.Clear();
    }
}
