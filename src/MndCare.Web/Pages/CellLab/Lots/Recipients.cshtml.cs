using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MndCare.Application.CellProducts;
using MndCare.Application.Infusions;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.CellLab.Lots;

/// <summary>Which patients received a lot: coded references for the cell lab, names for staff who read patients; the CSV downloads
/// in the browser session (the API's CSV is for bearer clients), written by the same <see cref="RecipientsCsv"/>.</summary>
[Authorize(Policy = Policies.ReadCellProducts)]
[Audited(LotRecipients.RecipientsAction, CellProductScope.LotEntityType)]
public sealed class RecipientsModel(Application.CellProducts.Lots lots, LotRecipients recipients, Application.Safety.Views.SafetyViews safety, HttpActor actor)
    : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public LotRecord Lot { get; private set; } = null!;

    public IReadOnlyList<RecipientView> Recipients { get; private set; } = [];

    /// <summary>The events that followed each recipient's infusion (the lot a suspect), by recipient code, with the lot's causality.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Application.Safety.Views.SuspectEventRow>> Events { get; private set; } =
        new Dictionary<string, IReadOnlyList<Application.Safety.Views.SuspectEventRow>>();

    public async Task<IActionResult> OnGetAsync()
    {
        var current = await actor.GetAsync(HttpContext.RequestAborted);
        var lot = await lots.GetAsync(current, Id, HttpContext.RequestAborted);
        var found = lot.IsSuccess ? await recipients.RecipientsAsync(current, Id, export: false, HttpContext.RequestAborted) : default;
        if (!lot.IsSuccess || !found.IsSuccess)
        {
            return NotFound();
        }
        (Lot, Recipients) = (lot.Value, found.Value);
        Events = await safety.LotEventsByRecipientAsync(Id, HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync()
    {
        var found = await recipients.RecipientsAsync(await actor.GetAsync(HttpContext.RequestAborted), Id, export: true, HttpContext.RequestAborted);
        return found.IsSuccess ? File(RecipientsCsv.Write(found.Value, await safety.LotEventsByRecipientAsync(Id, HttpContext.RequestAborted)), "text/csv; charset=utf-8", $"lot-{Id:D}-recipients.csv") : NotFound();
    }
}
