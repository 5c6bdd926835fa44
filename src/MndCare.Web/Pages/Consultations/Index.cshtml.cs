using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MndCare.Application.Consultations;
using MndCare.Application.Paging;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.Consultations;

[Authorize(Policy = Policies.ReadConsultations)]
[Audited("consultation.queue", ConsultationRequests.EntityType)]
public sealed class IndexModel(ConsultationRequests requests, HttpActor actor) : PageModel
{
    public Paged<ConsultationQueueItem>? Queue { get; private set; }

    public string? Status { get; private set; }

    public bool Mine { get; private set; }

    public async Task OnGetAsync(string? status, [FromQuery(Name = Pager.QueryName)] int? page, bool mine = false)
    {
        Status = string.IsNullOrEmpty(status) ? null : status;
        Mine = mine;
        var result = await requests.QueueAsync(await actor.GetAsync(HttpContext.RequestAborted), Status, mine,
            PageRequest.Clamp(page, ConsultationRequests.QueuePageSize), HttpContext.RequestAborted);
        Queue = result.IsSuccess ? result.Value : null;
    }
}
