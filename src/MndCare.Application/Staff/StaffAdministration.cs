using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.Access;
using MndCare.Application.Auditing;
using MndCare.Application.Identity;
using MndCare.Application.Paging;
using MndCare.Domain.Auditing;
using MndCare.Domain.Clinics;
using MndCare.Domain.Identifiers;
using MndCare.Domain.Patients;
using MndCare.Domain.Results;
using MndCare.Domain.Text;
using MndCare.Persistence;
using MndCare.Persistence.Identity;

namespace MndCare.Application.Staff;

/// <summary>Staff accounts for administrators: the list, roles per clinic, deactivation, authenticator reset and unlock; every change
/// audited with its old and new values, every refusal too.</summary>
/// <remarks>An administrator cannot remove their own last administrator role nor deactivate themself, so a clinic is never left
/// without the person who set it up by accident. Deactivating or resetting the authenticator changes the security stamp, which
/// ends the account's sessions and bearer tokens at once (ActorLoader checks it on every request).</remarks>
public sealed class StaffAdministration(MndCareDbContext db, UserManager<MndCareUser> users, StaffScope scope, SignInLockout lockout, AuditTrail audit,
    TimeProvider clock)
{
    /// <summary>Rows per page of the staff list unless asked otherwise.</summary>
    public const int PageSize = 20;

    /// <summary>Longest reason for a deactivation.</summary>
    public const int MaxReasonLength = 500;

    /// <summary>Longest search text.</summary>
    public const int MaxSearchLength = 100;

    /// <summary>Audit actions, one per use case.</summary>
    public const string ListAction = "staff.list", ReadAction = "staff.read", RolesAction = "staff.roles.set", DeactivateAction = "staff.deactivate",
        ReactivateAction = "staff.reactivate", ResetAuthenticatorAction = "staff.authenticator.reset", UnlockAction = "staff.unlock";

    // Where Identity keeps the recovery codes (UserStoreBase's internal names).
    private const string InternalLoginProvider = "[AspNetUserStore]";
    private const string RecoveryCodesName = "RecoveryCodes";

    /// <summary>One page of the staff of the actor's clinics, by name; <paramref name="text"/> narrows by name or e-mail.</summary>
    public async Task<Result<Paged<StaffMember>>> ListAsync(Actor actor, string? text, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(page);
        var clinics = actor.ClinicsGranting(Permission.ManageStaff);
        if (clinics.Count == 0)
        {
            return await audit.RefuseAsync<Paged<StaffMember>>(actor, new ForbiddenError("manage staff"),
                StaffScope.Entry(ListAction, AuditOutcome.Denied, null, null));
        }
        var search = FreeText.Optional(text, "q", MaxSearchLength);
        if (!search.IsSuccess)
        {
            return await audit.RefuseAsync<Paged<StaffMember>>(actor, search.Errors, StaffScope.Entry(ListAction, AuditOutcome.Invalid, null, null));
        }
        var staff = db.ClinicMemberships.Where(m => clinics.Contains(m.ClinicId) && m.Role != ClinicRole.Patient).Select(m => m.UserId);
        var accounts = db.Users.AsNoTracking().Where(u => staff.Contains(u.Id));
        if (search.Value is { } q)
        {
            var lower = q.ToLowerInvariant();
            var upper = q.ToUpperInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // translated to SQL lower(), which has no culture
            accounts = accounts.Where(u => u.DisplayName.ToLower().Contains(lower) || u.NormalizedEmail!.Contains(upper));
#pragma warning restore CA1304, CA1311, CA1862
        }
        var rows = await accounts.OrderBy(u => u.DisplayName).ThenBy(u => u.Id).ToPageAsync(page, cancellationToken);
        await audit.RecordAsync(actor, StaffScope.Entry(ListAction, AuditOutcome.Success, null, null) with
        {
            Details = JsonSerializer.Serialize(new { q = search.Value, page = rows.Page, ids = rows.Items.Select(u => u.Id) }),
        }, cancellationToken);
        return new Paged<StaffMember>(await scope.MembersAsync(actor, rows.Items, cancellationToken), rows.Page, rows.PageSize, rows.Total);
    }

    /// <summary>One staff member of the actor's clinics.</summary>
    public async Task<Result<StaffMember>> GetAsync(Actor actor, Guid userId, CancellationToken cancellationToken)
    {
        var found = await scope.FindAsync(actor, userId, ReadAction, cancellationToken);
        if (!found.IsSuccess)
        {
            return Result<StaffMember>.Failure(found.Errors);
        }
        await audit.RecordAsync(actor, StaffScope.Entry(ReadAction, AuditOutcome.Success, await scope.ClinicOfAsync(actor, userId, cancellationToken), userId),
            cancellationToken);
        return await scope.MemberAsync(actor, found.Value, cancellationToken);
    }

    /// <summary>Replaces the roles <paramref name="userId"/> holds in one clinic; <paramref name="expectedVersion"/> guards against lost updates.</summary>
    public async Task<Result<StaffMember>> SetRolesAsync(Actor actor, Guid userId, StaffRolesUpdate update, string? expectedVersion,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        var found = await scope.FindAsync(actor, userId, RolesAction, cancellationToken);
        if (!found.IsSuccess)
        {
            return Result<StaffMember>.Failure(found.Errors);
        }
        var user = found.Value;
        var refused = StaffScope.Entry(RolesAction, AuditOutcome.Invalid, update.ClinicId, userId);
        if (!actor.Can(Permission.ManageStaff, update.ClinicId))
        {
            return await audit.RefuseAsync<StaffMember>(actor, new NotFoundError("clinic"), refused with { Outcome = AuditOutcome.NotFound });
        }
        var wanted = ParseRoles(update.Roles);
        if (!wanted.IsSuccess)
        {
            return await audit.RefuseAsync<StaffMember>(actor, wanted.Errors, refused);
        }
        if (expectedVersion is not null && !string.Equals(expectedVersion, user.ConcurrencyStamp, StringComparison.Ordinal))
        {
            return await audit.RefuseAsync<StaffMember>(actor, VersionMismatch(), refused with { Outcome = AuditOutcome.Conflict });
        }
        var held = await db.ClinicMemberships.Where(m => m.UserId == userId && m.ClinicId == update.ClinicId && m.Role != ClinicRole.Patient)
            .ToListAsync(cancellationToken);
        if (user.Id == actor.UserId && held.Any(m => m.Role == ClinicRole.Administrator) && !wanted.Value.Contains(ClinicRole.Administrator)
            && actor.Memberships.Count(m => m.Role == ClinicRole.Administrator) == 1)
        {
            return await audit.RefuseAsync<StaffMember>(actor,
                new ConflictError("ownLastAdministratorRole", "You cannot remove your own last administrator role."), refused with { Outcome = AuditOutcome.Conflict });
        }
        var before = StaffScope.RoleList(held.Select(m => m.Role));
        var after = StaffScope.RoleList(wanted.Value);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.ClinicMemberships.RemoveRange(held.Where(m => !wanted.Value.Contains(m.Role)));
        foreach (var role in wanted.Value.Where(r => held.All(m => m.Role != r)))
        {
            db.ClinicMemberships.Add(ClinicMembership.ForStaff(RecordId.New(clock), update.ClinicId, userId, role).Value);
        }
        // The account's version moves with its roles, so two administrators cannot overwrite each other's change.
        if (!(await users.UpdateAsync(user)).Succeeded)
        {
            await transaction.RollbackAsync(cancellationToken);
            return await audit.RefuseAsync<StaffMember>(actor, VersionMismatch(), refused with { Outcome = AuditOutcome.Conflict });
        }
        await audit.SaveAsync(actor, [StaffScope.Entry(RolesAction, AuditOutcome.Success, update.ClinicId, userId) with
        {
            Changes = before == after ? [] : [new FieldChange("roles", before, after)],
        }], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await scope.MemberAsync(actor, user, cancellationToken);
    }

    /// <summary>Deactivates the account: it cannot sign in, and its sessions and bearer tokens stop at once.</summary>
    public Task<Result<StaffMember>> DeactivateAsync(Actor actor, Guid userId, string? reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return ChangeAsync(actor, userId, DeactivateAction, reason, async user =>
        {
            if (user.Id == actor.UserId)
            {
                return new ConflictError("ownAccount", "You cannot deactivate your own account.");
            }
            if (user.DeactivatedAtUtc is not null)
            {
                return new ConflictError("alreadyDeactivated", "The account is already deactivated.");
            }
            user.DeactivatedAtUtc = clock.GetUtcNow().UtcDateTime;
            return await Applied(users.UpdateSecurityStampAsync(user), [new FieldChange("active", "true", "false")]);
        }, cancellationToken);
    }

    /// <summary>Lets a deactivated account sign in again.</summary>
    public Task<Result<StaffMember>> ReactivateAsync(Actor actor, Guid userId, CancellationToken cancellationToken) =>
        ChangeAsync(actor, userId, ReactivateAction, null, async user =>
        {
            if (user.DeactivatedAtUtc is null)
            {
                return new ConflictError("notDeactivated", "The account is active.");
            }
            user.DeactivatedAtUtc = null;
            return await Applied(users.UpdateAsync(user), [new FieldChange("active", "false", "true")]);
        }, cancellationToken);

    /// <summary>Removes the authenticator (and its recovery codes): the person enrols again at the next sign-in, and is signed out now.</summary>
    public Task<Result<StaffMember>> ResetAuthenticatorAsync(Actor actor, Guid userId, CancellationToken cancellationToken) =>
        ChangeAsync(actor, userId, ResetAuthenticatorAction, null, async user =>
        {
            var enrolled = user.TwoFactorEnabled;
            // The key is replaced by one nobody has seen; a new one is made when the person enrols again.
            var result = await users.ResetAuthenticatorKeyAsync(user);
            if (result.Succeeded)
            {
                result = await users.SetTwoFactorEnabledAsync(user, false);
            }
            if (result.Succeeded)
            {
                result = await users.RemoveAuthenticationTokenAsync(user, InternalLoginProvider, RecoveryCodesName);
            }
            return await Applied(Task.FromResult(result),
                [new FieldChange("authenticatorEnrolled", Flag(enrolled), "false"), new FieldChange("authenticatorKey", null, "reset")]);
        }, cancellationToken);

    /// <summary>Ends a lockout after failed sign-ins and clears the count of failures.</summary>
    /// <remarks>The one place accounts are unlocked, whatever the lockout was counted by.</remarks>
    public Task<Result<StaffMember>> UnlockAsync(Actor actor, Guid userId, CancellationToken cancellationToken) =>
        ChangeAsync(actor, userId, UnlockAction, null, async user =>
        {
            var lockedUntil = user.LockoutEnd is { } end && end > clock.GetUtcNow() ? end.UtcDateTime.ToString("O", CultureInfo.InvariantCulture) : null;
            var failures = user.AccessFailedCount;
            // Every lock goes: the sign-in rule's, per client network and for everyone, and Identity's own.
            var networkLocks = await lockout.ClearAsync(user, cancellationToken);
            var result = await users.SetLockoutEndDateAsync(user, null);
            if (result.Succeeded)
            {
                result = await users.ResetAccessFailedCountAsync(user);
            }
            return await Applied(Task.FromResult(result),
            [
                new FieldChange("lockedOutUntil", lockedUntil, null), new FieldChange("failedSignIns", failures.ToString(CultureInfo.InvariantCulture), "0"),
                new FieldChange("signInFailureCounts", networkLocks.ToString(CultureInfo.InvariantCulture), "0"),
            ]);
        }, cancellationToken);

    // Finds the account, applies the change and its audit event in one transaction, or audits the refusal.
    private async Task<Result<StaffMember>> ChangeAsync(Actor actor, Guid userId, string action, string? reason,
        Func<MndCareUser, Task<Result<IReadOnlyList<FieldChange>>>> change, CancellationToken cancellationToken)
    {
        var found = await scope.FindAsync(actor, userId, action, cancellationToken);
        if (!found.IsSuccess)
        {
            return Result<StaffMember>.Failure(found.Errors);
        }
        var clinicId = await scope.ClinicOfAsync(actor, userId, cancellationToken);
        var validReason = FreeText.Optional(reason, "reason", MaxReasonLength, multiline: true);
        if (!validReason.IsSuccess)
        {
            return await audit.RefuseAsync<StaffMember>(actor, validReason.Errors, StaffScope.Entry(action, AuditOutcome.Invalid, clinicId, userId));
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var changes = await change(found.Value);
        if (!changes.IsSuccess)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            var error = changes.Errors[0];
            return await audit.RefuseAsync<StaffMember>(actor, error, StaffScope.Entry(action, AuditTrail.OutcomeOf(error), clinicId, userId));
        }
        await audit.SaveAsync(actor, [StaffScope.Entry(action, AuditOutcome.Success, clinicId, userId) with
        {
            Changes = changes.Value,
            Reason = validReason.Value,
        }], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await scope.MemberAsync(actor, found.Value, cancellationToken);
    }

    private static async Task<Result<IReadOnlyList<FieldChange>>> Applied(Task<IdentityResult> update, IReadOnlyList<FieldChange> changes) =>
        (await update).Succeeded ? Result<IReadOnlyList<FieldChange>>.Success(changes) : VersionMismatch();

    private static ConflictError VersionMismatch() =>
        new("versionMismatch", "The staff member was changed by someone else meanwhile; reload and try again.");

    /// <summary>Staff roles from their wire names; patient memberships are not managed here.</summary>
    internal static Result<IReadOnlyList<ClinicRole>> ParseRoles(IReadOnlyList<string>? names)
    {
        var roles = new List<ClinicRole>();
        foreach (var name in names ?? [])
        {
            if (WireNames.Parse<ClinicRole>(name) is not { } role || !RolePermissions.IsStaff(role))
            {
                return new ValidationError("roles", "invalidValue",
                    "roles must be some of: " + string.Join(", ", ClinicRoleNames.Staff.Select(ClinicRoleNames.Of)) + ".");
            }
            if (!roles.Contains(role))
            {
                roles.Add(role);
            }
        }
        return roles;
    }

    private static string Flag(bool value) => value ? "true" : "false";
}
