using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MndCare.Application.Auditing;
using MndCare.Domain.Auditing;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.Audit;

[Authorize(Policy = Policies.ReadAuditTrail)]
[Audited("audit.read")]
public sealed class IndexModel(AuditQueries queries, AuditTrail audit, HttpActor actor) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? EntityId { get; set; }

    [BindProperty(SupportsGet = true, Name = "action")]
    public string? ActionFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public AuditPage? Result { get; private set; }

    public AuditChainVerification? Verification { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostVerifyAsync()
    {
        Verification = await queries.VerifyAsync(HttpContext.RequestAborted);
        await audit.RecordAsync(await actor.GetAsync(HttpContext.RequestAborted),
            new AuditEntry("audit.verify", AuditOutcome.Success)
            {
                Details = System.Text.Json.JsonSerializer.Serialize(new
                {
                    intact = Verification.IsIntact,
                    checkedEvents = Verification.EventsChecked,
                    firstBroken = Verification.FirstBrokenSequence,
                }),
            }, HttpContext.RequestAborted);
        return await LoadAsync();
    }

    private async Task<IActionResult> LoadAsync()
    {
        var result = await queries.SearchAsync(await actor.GetAsync(HttpContext.RequestAborted),
            new AuditFilter(EntityId, ActionFilter, null, Math.Max(1, PageNumber)), HttpContext.RequestAborted);
        if (!result.IsSuccess)
        {
            return Forbid();
        }
        Result = result.Value;
        return Page();
    }
}
