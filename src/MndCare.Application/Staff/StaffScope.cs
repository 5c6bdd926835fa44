using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.Access;
using MndCare.Application.Auditing;
using MndCare.Domain.Auditing;
using MndCare.Domain.Clinics;
using MndCare.Domain.Results;
using MndCare.Persistence;
using MndCare.Persistence.Identity;

namespace MndCare.Application.Staff;

/// <summary>Which accounts an administrator manages and how they are shown, for the staff use cases.</summary>
/// <remarks>An administrator manages the accounts that hold a staff role in a clinic where they hold <see cref="Permission.ManageStaff"/>;
/// any other account answers "not found", as patients do. Patient memberships are never managed here.</remarks>
public sealed class StaffScope(MndCareDbContext db, UserManager<MndCareUser> users, AuditTrail audit, TimeProvider clock)
{
    /// <summary>The entity type written to the audit trail.</summary>
    public const string EntityType = "user";

    /// <summary>Clinics where <paramref name="actor"/> manages staff, by name.</summary>
    public async Task<IReadOnlyList<ManagedClinic>> ClinicsAsync(Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var ids = actor.ClinicsGranting(Permission.ManageStaff);
        return await db.Clinics.AsNoTracking().Where(c => ids.Contains(c.Id)).OrderBy(c => c.Name).ThenBy(c => c.Id)
            .Select(c => new ManagedClinic(c.Id, c.Name)).ToListAsync(cancellationToken);
    }

    /// <summary>The account <paramref name="userId"/> (tracked, for changes) when <paramref name="actor"/> manages it; otherwise the
    /// refusal, audited under <paramref name="action"/>.</summary>
    public async Task<Result<MndCareUser>> FindAsync(Actor actor, Guid userId, string action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var clinics = actor.ClinicsGranting(Permission.ManageStaff);
        if (clinics.Count == 0)
        {
            return await audit.RefuseAsync<MndCareUser>(actor, new ForbiddenError("manage staff"), Entry(action, AuditOutcome.Denied, null, userId));
        }
        var managed = await db.ClinicMemberships.AnyAsync(m => m.UserId == userId && clinics.Contains(m.ClinicId) && m.Role != ClinicRole.Patient,
            cancellationToken);
        var user = managed ? await users.FindByIdAsync(userId.ToString("D")) : null;
        return user ?? await audit.RefuseAsync<MndCareUser>(actor, new NotFoundError("staff member"), Entry(action, AuditOutcome.NotFound, null, userId));
    }

    /// <summary>The clinic the audit trail files an account's event under: the first of the actor's clinics where it holds a staff role.</summary>
    public Task<Guid> ClinicOfAsync(Actor actor, Guid userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var clinics = actor.ClinicsGranting(Permission.ManageStaff);
        return db.ClinicMemberships.Where(m => m.UserId == userId && clinics.Contains(m.ClinicId) && m.Role != ClinicRole.Patient)
            .OrderBy(m => m.ClinicId).Select(m => m.ClinicId).FirstAsync(cancellationToken);
    }

    /// <summary>The accounts as their administrator sees them, in the order given.</summary>
    public async Task<IReadOnlyList<StaffMember>> MembersAsync(Actor actor, IReadOnlyList<MndCareUser> accounts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(accounts);
        var clinics = actor.ClinicsGranting(Permission.ManageStaff);
        var ids = accounts.Select(u => u.Id).ToList();
        var roles = await db.ClinicMemberships.AsNoTracking()
            .Where(m => ids.Contains(m.UserId) && clinics.Contains(m.ClinicId) && m.Role != ClinicRole.Patient)
            .Join(db.Clinics, m => m.ClinicId, c => c.Id, (m, c) => new { m.UserId, m.ClinicId, ClinicName = c.Name, m.Role })
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return [.. accounts.Select(u => new StaffMember(u.Id, u.DisplayName, u.Email ?? string.Empty, StatusOf(u), u.TwoFactorEnabled,
            u.LockoutEnd > now ? u.LockoutEnd.Value.UtcDateTime : null, u.DeactivatedAtUtc,
            [.. roles.Where(r => r.UserId == u.Id).GroupBy(r => (r.ClinicId, r.ClinicName)).OrderBy(g => g.Key.ClinicName, StringComparer.Ordinal)
                .Select(g => new StaffClinicRoles(g.Key.ClinicId, g.Key.ClinicName, [.. g.Select(r => r.Role).Order().Select(ClinicRoleNames.Of)]))],
            u.ConcurrencyStamp ?? string.Empty))];
    }

    /// <summary>One account as its administrator sees it.</summary>
    public async Task<StaffMember> MemberAsync(Actor actor, MndCareUser account, CancellationToken cancellationToken) =>
        (await MembersAsync(actor, [account], cancellationToken))[0];

    /// <summary>An audit entry about an account.</summary>
    public static AuditEntry Entry(string action, AuditOutcome outcome, Guid? clinicId, Guid? userId) => new(action, outcome)
    {
        ClinicId = clinicId,
        EntityType = EntityType,
        EntityId = userId?.ToString("D"),
    };

    /// <summary>Roles as the audit trail records them: wire names, comma-separated, in a fixed order; null for none.</summary>
    public static string? RoleList(IEnumerable<ClinicRole> roles) =>
        roles.Order().Select(ClinicRoleNames.Of).ToList() is { Count: > 0 } names ? string.Join(",", names) : null;

    /// <summary>How the account stands: invited (no password yet), deactivated or active.</summary>
    public static string StatusOf(MndCareUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.DeactivatedAtUtc is not null ? "deactivated" : user.PasswordHash is null ? "invited" : "active";
    }
}
