using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.Access;
using MndCare.Application.Auditing;
using MndCare.Application.Identity;
using MndCare.Domain.Auditing;
using MndCare.Domain.Clinics;
using MndCare.Domain.Identifiers;
using MndCare.Domain.Patients;
using MndCare.Domain.Results;
using MndCare.Domain.Text;
using MndCare.Persistence;
using MndCare.Persistence.Identity;

namespace MndCare.Application.Staff;

/// <summary>Inviting staff by e-mail: the administrator invites, the invitee opens the link and sets a password (and, outside demo
/// mode, enrols an authenticator at the first sign-in).</summary>
/// <remarks>An invited account has no password and an unconfirmed address, so it cannot sign in until the link is used. Inviting
/// an address that already has a staff account gives it the role instead; an address of a patient's account is refused, because
/// staff work under accounts of their own.</remarks>
public sealed class StaffInvitations(MndCareDbContext db, UserManager<MndCareUser> users, StaffScope scope, AuditTrail audit, TimeProvider clock)
{
    /// <summary>Longest display name, in text elements.</summary>
    public const int MaxNameLength = 200;

    /// <summary>Audit actions, one per use case.</summary>
    public const string InviteAction = "staff.invite", ResendAction = "staff.invite.resend", OpenAction = "staff.invitation.open",
        AcceptAction = "staff.invitation.accept";

    /// <summary>Invites a person to a role in one of the actor's clinics; the token makes the link the caller mails.</summary>
    public async Task<Result<StaffInvited>> InviteAsync(Actor actor, StaffInvitation input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(input);
        var refused = StaffScope.Entry(InviteAction, AuditOutcome.Invalid, input.ClinicId, null);
        var clinics = actor.ClinicsGranting(Permission.ManageStaff);
        if (clinics.Count == 0)
        {
            return await audit.RefuseAsync<StaffInvited>(actor, new ForbiddenError("manage staff"), refused with { Outcome = AuditOutcome.Denied });
        }
        var errors = new List<Error>();
        var email = Email(input.Email, errors);
        var name = FreeText.Required(input.DisplayName, "displayName", MaxNameLength);
        errors.AddRange(name.Errors);
        var role = StaffAdministration.ParseRoles(input.Role is null ? [] : [input.Role]);
        errors.AddRange(role.Errors);
        if (role.IsSuccess && role.Value.Count == 0)
        {
            errors.Add(new ValidationError("role", "required", "role is required."));
        }
        var language = input.Language ?? "en";
        if (WireNames.Parse<PreferredLanguage>(language) is null)
        {
            errors.Add(new ValidationError("language", "invalidValue", "language must be en or zh-Hans."));
        }
        var clinicId = input.ClinicId ?? (clinics.Count == 1 ? clinics[0] : null);
        if (clinicId is null)
        {
            errors.Add(new ValidationError("clinicId", "required", "clinicId is required: you manage more than one clinic."));
        }
        if (errors.Count > 0)
        {
            return await audit.RefuseAsync<StaffInvited>(actor,
                [.. errors.Select(e => e is ValidationError { Field: "roles" } v ? v with { Field = "role" } : e)], refused);
        }
        if (!clinics.Contains(clinicId!.Value))
        {
            return await audit.RefuseAsync<StaffInvited>(actor, new NotFoundError("clinic"), refused with { Outcome = AuditOutcome.NotFound });
        }
        var existing = await users.FindByEmailAsync(email!);
        return existing is null
            ? await CreateAsync(actor, email!, name.Value, clinicId.Value, role.Value[0], language, cancellationToken)
            : await GrantAsync(actor, existing, clinicId.Value, role.Value[0], language, cancellationToken);
    }

    /// <summary>A new token for an invitation not accepted yet; earlier links stop working.</summary>
    public async Task<Result<StaffInvited>> ResendAsync(Actor actor, Guid userId, string? language, CancellationToken cancellationToken)
    {
        var found = await scope.FindAsync(actor, userId, ResendAction, cancellationToken);
        if (!found.IsSuccess)
        {
            return Result<StaffInvited>.Failure(found.Errors);
        }
        var user = found.Value;
        var clinicId = await scope.ClinicOfAsync(actor, userId, cancellationToken);
        var chosen = language ?? "en";
        if (WireNames.Parse<PreferredLanguage>(chosen) is null)
        {
            return await audit.RefuseAsync<StaffInvited>(actor, new ValidationError("language", "invalidValue", "language must be en or zh-Hans."),
                StaffScope.Entry(ResendAction, AuditOutcome.Invalid, clinicId, userId));
        }
        if (StaffScope.StatusOf(user) != "invited")
        {
            return await audit.RefuseAsync<StaffInvited>(actor,
                new ConflictError("notInvited", "The account is not waiting for an invitation to be accepted."),
                StaffScope.Entry(ResendAction, AuditOutcome.Conflict, clinicId, userId));
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await users.UpdateSecurityStampAsync(user);
        await audit.SaveAsync(actor, [StaffScope.Entry(ResendAction, AuditOutcome.Success, clinicId, userId) with
        {
            Details = JsonSerializer.Serialize(new { language = chosen }),
        }], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var token = await users.GenerateUserTokenAsync(user, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose);
        return new StaffInvited(await scope.MemberAsync(actor, user, cancellationToken), token, chosen);
    }

    /// <summary>Who the link is for, when the link is valid (opening it is audited).</summary>
    public async Task<Result<InvitationGreeting>> OpenAsync(Actor actor, Guid userId, string? token, CancellationToken cancellationToken)
    {
        var user = await ValidInviteeAsync(userId, token);
        await audit.RecordAsync(actor, StaffScope.Entry(OpenAction, user is null ? AuditOutcome.Invalid : AuditOutcome.Success, null, userId),
            cancellationToken);
        return user is null ? InvalidLink() : new InvitationGreeting(user.DisplayName, user.Email ?? string.Empty);
    }

    /// <summary>The invitee sets a password: the address is confirmed and the link stops working.</summary>
    public async Task<Result<InvitationGreeting>> AcceptAsync(Actor actor, Guid userId, string? token, string? password, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var user = await ValidInviteeAsync(userId, token);
        var refused = StaffScope.Entry(AcceptAction, AuditOutcome.Invalid, null, userId);
        if (user is null)
        {
            return await audit.RefuseAsync<InvitationGreeting>(actor, InvalidLink(), refused);
        }
        if (string.IsNullOrEmpty(password))
        {
            return await audit.RefuseAsync<InvitationGreeting>(actor, new ValidationError("password", "required", "password is required."), refused);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var set = await users.AddPasswordAsync(user, password);
        if (!set.Succeeded)
        {
            await transaction.RollbackAsync(cancellationToken);
            return await audit.RefuseAsync<InvitationGreeting>(actor,
                [.. set.Errors.Select(e => new ValidationError("password", e.Code, e.Description))], refused);
        }
        user.EmailConfirmed = true;
        await users.UpdateAsync(user);
        var invitee = actor with { UserId = user.Id, DisplayName = user.DisplayName };
        await audit.SaveAsync(invitee, [StaffScope.Entry(AcceptAction, AuditOutcome.Success, null, userId) with
        {
            Changes = [new FieldChange("password", null, "set"), new FieldChange("emailConfirmed", "false", "true")],
        }], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new InvitationGreeting(user.DisplayName, user.Email ?? string.Empty);
    }

    private async Task<Result<StaffInvited>> CreateAsync(Actor actor, string email, string name, Guid clinicId, ClinicRole role, string language,
        CancellationToken cancellationToken)
    {
        var user = new MndCareUser
        {
            Id = RecordId.New(clock),
            UserName = email,
            Email = email,
            DisplayName = name,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            await transaction.RollbackAsync(cancellationToken);
            return await audit.RefuseAsync<StaffInvited>(actor, [.. created.Errors.Select(e => new ValidationError("email", e.Code, e.Description))],
                StaffScope.Entry(InviteAction, AuditOutcome.Invalid, clinicId, null));
        }
        db.ClinicMemberships.Add(ClinicMembership.ForStaff(RecordId.New(clock), clinicId, user.Id, role).Value);
        await audit.SaveAsync(actor, [StaffScope.Entry(InviteAction, AuditOutcome.Success, clinicId, user.Id) with
        {
            Changes = [new FieldChange("email", null, email), new FieldChange("displayName", null, name), new FieldChange("roles", null, StaffScope.RoleList([role]))],
            Details = JsonSerializer.Serialize(new { language }),
        }], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var token = await users.GenerateUserTokenAsync(user, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose);
        return new StaffInvited(await scope.MemberAsync(actor, user, cancellationToken), token, language);
    }

    // An address that already has an account: staff get the role (no invitation needed); a patient's account is refused.
    private async Task<Result<StaffInvited>> GrantAsync(Actor actor, MndCareUser user, Guid clinicId, ClinicRole role, string language,
        CancellationToken cancellationToken)
    {
        var refused = StaffScope.Entry(InviteAction, AuditOutcome.Conflict, clinicId, user.Id);
        var memberships = await db.ClinicMemberships.AsNoTracking().Where(m => m.UserId == user.Id).ToListAsync(cancellationToken);
        if (memberships.Any(m => m.Role == ClinicRole.Patient))
        {
            return await audit.RefuseAsync<StaffInvited>(actor,
                new ConflictError("patientAccount", "This address belongs to a patient's account; staff need an account of their own."), refused);
        }
        var held = memberships.Where(m => m.ClinicId == clinicId).Select(m => m.Role).ToList();
        if (held.Contains(role))
        {
            return await audit.RefuseAsync<StaffInvited>(actor,
                new ConflictError("alreadyHoldsRole", "This person already holds that role in the clinic."), refused);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.ClinicMemberships.Add(ClinicMembership.ForStaff(RecordId.New(clock), clinicId, user.Id, role).Value);
        await users.UpdateAsync(user);
        await audit.SaveAsync(actor, [StaffScope.Entry(InviteAction, AuditOutcome.Success, clinicId, user.Id) with
        {
            Changes = [new FieldChange("roles", StaffScope.RoleList(held), StaffScope.RoleList([.. held, role]))],
            Details = JsonSerializer.Serialize(new { existingAccount = true }),
        }], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new StaffInvited(await scope.MemberAsync(actor, user, cancellationToken), null, language);
    }

    private async Task<MndCareUser?> ValidInviteeAsync(Guid userId, string? token)
    {
        var user = await users.FindByIdAsync(userId.ToString("D"));
        return user is { PasswordHash: null, DeactivatedAtUtc: null } && !string.IsNullOrEmpty(token)
            && await users.VerifyUserTokenAsync(user, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose, token)
            ? user
            : null;
    }

    private static ValidationError InvalidLink() =>
        new("token", "invalidInvitation", "The invitation link is wrong, has expired or was already used; ask your administrator for a new one.");

    private static string? Email(string? text, List<Error> errors)
    {
        var email = FreeText.Required(text, "email", PatientDetails.MaxEmailLength);
        if (!email.IsSuccess)
        {
            errors.AddRange(email.Errors);
            return null;
        }
        if (!System.Net.Mail.MailAddress.TryCreate(email.Value, out var address) || address.Address != email.Value)
        {
            errors.Add(new ValidationError("email", "invalidFormat", "email is not an e-mail address."));
            return null;
        }
        return email.Value;
    }
}
