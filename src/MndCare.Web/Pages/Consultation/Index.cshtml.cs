using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MndCare.Web.Infrastructure.Auditing;

namespace MndCare.Web.Pages.Consultation;

[AllowAnonymous]
[NotAudited("public page explaining the consultation; no personal data")]
public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
