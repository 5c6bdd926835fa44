using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MndCare.Application.FollowUp;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.FollowUp;

/// <summary>The clinic's follow-up list for nurses and clinicians: due and overdue timepoints by due date (or the missed or upcoming ones),
/// dates in the clinic's zone, each patient linked to their follow-up page.</summary>
[Authorize(Policy = Policies.ManageFollowUp)]
[Audited(FollowUpSchedules.ListAction, "followUp")]
public sealed class IndexModel(FollowUpSchedules schedules, HttpActor actor) : PageModel
{
    /// <summary>The views the page offers: open (due and overdue), missed and upcoming.</summary>
    public static readonly IReadOnlyList<(string Show, string[] Statuses)> Views =
        [("open", ["due", "overdue"]), ("missed", ["missed"]), ("upcoming", ["upcoming"])];

    [BindProperty(SupportsGet = true)]
    public string Show { get; set; } = "open";

    public FollowUpListView List { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        var statuses = Views.FirstOrDefault(v => v.Show == Show).Statuses ?? Views[0].Statuses;
        var result = await schedules.ClinicListAsync(await actor.GetAsync(HttpContext.RequestAborted), statuses, null, HttpContext.RequestAborted);
        if (!result.IsSuccess)
        {
            return NotFound();
        }
        List = result.Value;
        return Page();
    }
}
