using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MndCare.Application.Staff;
using MndCare.Domain.Results;
using MndCare.Web.Features.Staff;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Pages.Admin.Staff;

[Authorize(Policy = Policies.ManageStaff)]
[Audited(StaffAdministration.ReadAction, StaffScope.EntityType)]
public sealed class MemberModel(StaffAdministration staff, StaffInvitations invitations, StaffScope scope, InvitationDelivery delivery, HttpActor actor,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public StaffMember Member { get; private set; } = null!;

    public IReadOnlyList<ManagedClinic> Clinics { get; private set; } = [];

    public bool IsSelf { get; private set; }

    public IReadOnlyList<string> PageErrors { get; private set; } = [];

    /// <summary>What the last action did, as the key of its sentence.</summary>
    public string? Done { get; private set; }

    public InvitationSent? Sent { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await ShowAsync(await staff.GetAsync(await ActorAsync(), Id, HttpContext.RequestAborted), null);

    public async Task<IActionResult> OnPostRolesAsync(Guid clinicId, string[]? roles, string? version) =>
        await ShowAsync(await staff.SetRolesAsync(await ActorAsync(), Id, new StaffRolesUpdate(clinicId, roles ?? []), version ?? string.Empty,
            HttpContext.RequestAborted), "The roles are saved.");

    public async Task<IActionResult> OnPostDeactivateAsync(string? reason) =>
        await ShowAsync(await staff.DeactivateAsync(await ActorAsync(), Id, reason, HttpContext.RequestAborted),
            "The account is deactivated and signed out everywhere.");

    public async Task<IActionResult> OnPostReactivateAsync() =>
        await ShowAsync(await staff.ReactivateAsync(await ActorAsync(), Id, HttpContext.RequestAborted), "The account can sign in again.");

    public async Task<IActionResult> OnPostResetAuthenticatorAsync() =>
        await ShowAsync(await staff.ResetAuthenticatorAsync(await ActorAsync(), Id, HttpContext.RequestAborted),
            "The authenticator is removed; the person sets up a new one at the next sign-in.");

    public async Task<IActionResult> OnPostUnlockAsync() =>
        await ShowAsync(await staff.UnlockAsync(await ActorAsync(), Id, HttpContext.RequestAborted), "The account is unlocked.");

    public async Task<IActionResult> OnPostResendAsync(string? language)
    {
        var result = await invitations.ResendAsync(await ActorAsync(), Id, language, HttpContext.RequestAborted);
        if (result.IsSuccess)
        {
            Sent = await delivery.DeliverAsync(result.Value, HttpContext.RequestAborted);
            return await ShowAsync(result.Value.Member, "A new invitation link is made; earlier links no longer work.");
        }
        return await ShowAsync(Result<StaffMember>.Failure(result.Errors), null);
    }

    private async Task<Application.Access.Actor> ActorAsync() => await actor.GetAsync(HttpContext.RequestAborted);

    // The member after the action, or the refusal above the member as it is now.
    private async Task<IActionResult> ShowAsync(Result<StaffMember> result, string? done)
    {
        if (result.IsSuccess)
        {
            return await ShowAsync(result.Value, done);
        }
        if (result.Errors.Any(e => e is NotFoundError { EntityType: "staff member" }))
        {
            return NotFound();
        }
        PageErrors = FormErrors.Localize(result.Errors, localizer);
        var current = await staff.GetAsync(await ActorAsync(), Id, HttpContext.RequestAborted);
        return current.IsSuccess ? await ShowAsync(current.Value, null) : NotFound();
    }

    private async Task<IActionResult> ShowAsync(StaffMember member, string? done)
    {
        var current = await ActorAsync();
        Member = member;
        Done = done;
        IsSelf = current.UserId == member.Id;
        Clinics = await scope.ClinicsAsync(current, HttpContext.RequestAborted);
        return Page();
    }
}
