using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MndCare.Application.Paging;
using MndCare.Application.Staff;
using MndCare.Web.Features.Staff;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Localization;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.Admin.Staff;

[Authorize(Policy = Policies.ManageStaff)]
[Audited(StaffAdministration.ListAction, StaffScope.EntityType)]
public sealed class IndexModel(StaffAdministration staff, StaffInvitations invitations, StaffScope scope, InvitationDelivery delivery, HttpActor actor,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty]
    public InviteForm Form { get; set; } = new();

    public Paged<StaffMember>? Staff { get; private set; }

    public IReadOnlyList<ManagedClinic> Clinics { get; private set; } = [];

    public IReadOnlyList<string> PageErrors { get; private set; } = [];

    /// <summary>After an invitation: the account, and how the link went.</summary>
    public StaffInvited? Invited { get; private set; }

    public InvitationSent? Sent { get; private set; }

    public async Task OnGetAsync([FromQuery(Name = Pager.QueryName)] int? page)
    {
        Form.Language = Cultures.CurrentLanguageTag;
        await LoadAsync(page);
    }

    public async Task OnPostInviteAsync()
    {
        var result = await invitations.InviteAsync(await actor.GetAsync(HttpContext.RequestAborted),
            new StaffInvitation(Form.Email, Form.DisplayName, Form.ClinicId, Form.Role, Form.Language), HttpContext.RequestAborted);
        if (result.IsSuccess)
        {
            Invited = result.Value;
            Sent = await delivery.DeliverAsync(result.Value, HttpContext.RequestAborted);
            Form = new InviteForm { Language = Form.Language };
        }
        else
        {
            PageErrors = FormErrors.Apply(ModelState, result.Errors, localizer);
        }
        await LoadAsync(null);
    }

    private async Task LoadAsync(int? page)
    {
        var current = await actor.GetAsync(HttpContext.RequestAborted);
        Clinics = await scope.ClinicsAsync(current, HttpContext.RequestAborted);
        var result = await staff.ListAsync(current, Q, PageRequest.Clamp(page, StaffAdministration.PageSize), HttpContext.RequestAborted);
        if (result.IsSuccess)
        {
            Staff = result.Value;
        }
        else
        {
            PageErrors = [.. PageErrors, .. FormErrors.Localize(result.Errors, localizer)];
        }
    }

    /// <summary>The invitation as typed.</summary>
    public sealed class InviteForm
    {
        public string? Email { get; set; }

        public string? DisplayName { get; set; }

        public Guid? ClinicId { get; set; }

        public string? Role { get; set; }

        public string? Language { get; set; }
    }
}
