using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MndCare.Web.Infrastructure.Auditing;

namespace MndCare.Web.Pages.Account;

[AllowAnonymous]
[NotAudited("explains a refusal; the refused request itself is audited")]
public sealed class AccessDeniedModel : PageModel
{
    public void OnGet()
    {
    }
}
