using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MndCare.Application.Consultations.Reports;
using MndCare.Web.Features.Consultations;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.Consultations;

[Authorize(Policy = Policies.ConsultationAccess)]
[Audited("consultation.report.download", ConsultationReports.EntityType)]
public sealed class ReportPdfModel(ConsultationReports reports, HttpActor actor) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid reportId, string? lang) =>
        FileResponses.From(HttpContext, await reports.DownloadPdfAsync(await actor.GetAsync(HttpContext.RequestAborted), id, reportId, lang,
            CultureInfo.CurrentUICulture.Name, HttpContext.RequestAborted), inline: false);
}
