using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MndCare.Application.Consultations;
using MndCare.Web.Features.Consultations;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.Consultations;

[Authorize(Policy = Policies.ConsultationAccess)]
[Audited("consultation.file.download", ConsultationFiles.EntityType)]
public sealed class FileModel(ConsultationFiles files, HttpActor actor) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid fileId, bool inline = false)
    {
        var result = await files.DownloadAsync(await actor.GetAsync(HttpContext.RequestAborted), id, fileId, HttpContext.RequestAborted);
        return FileResponses.From(HttpContext, result, inline);
    }
}
