using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MndCare.Web.Infrastructure.Auditing;

namespace MndCare.Web.Pages;

[AllowAnonymous]
[NotAudited("error page; the failed request itself is audited")]
public sealed class StatusModel : PageModel
{
    public string Title { get; private set; } = "Something went wrong";

    public void OnGet(int code)
    {
        Title = code switch
        {
            404 => "Not found",
            403 => "Not allowed",
            429 => "Too many attempts; wait a minute and try again",
            _ => "Something went wrong",
        };
    }
}
