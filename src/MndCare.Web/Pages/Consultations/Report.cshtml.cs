using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MndCare.Application.Consultations.Reports;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.Consultations;

[Authorize(Policy = Policies.ConsultationAccess)]
[Audited("consultation.report.read", ConsultationReports.EntityType)]
public sealed class ReportModel(ConsultationReports reports, HttpActor actor) : PageModel
{
    public SignedReport Report { get; private set; } = null!;

    /// <summary>The report in <paramref name="lang"/>, or by default in the reader's interface language when it was signed in it.</summary>
    public async Task<IActionResult> OnGetAsync(Guid id, Guid reportId, string? lang)
    {
        var result = await reports.GetAsync(await actor.GetAsync(HttpContext.RequestAborted), id, reportId, lang, CultureInfo.CurrentUICulture.Name,
            HttpContext.RequestAborted);
        if (!result.IsSuccess)
        {
            return NotFound();
        }
        Report = result.Value;
        return Page();
    }
}
