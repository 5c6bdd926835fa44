using MndCare.Domain.Auditing;
using MndCare.Domain.Clinics;

namespace MndCare.Application.Access;

/// <summary>Who is asking: the signed-in user with the roles they hold now, or nobody.</summary>
/// <remarks>Memberships are read from the database on every request, so a removed role stops working at once.</remarks>
public sealed record Actor(Guid? UserId, string DisplayName, IReadOnlyList<Membership> Memberships, string? CorrelationId, string? ClientAddress)
{
    /// <summary>Whether the actor is signed in.</summary>
    public bool IsAuthenticated => UserId is not null;

    /// <summary>Clinics where some role of the actor grants <paramref name="permission"/>.</summary>
    public IReadOnlyList<Guid> ClinicsGranting(Permission permission) =>
        [.. Memberships.Where(m => RolePermissions.Grants(m.Role, permission)).Select(m => m.ClinicId).Distinct()];

    /// <summary>Patients the actor reaches as the patient or a family member.</summary>
    public IReadOnlyList<Guid> OwnPatientIds =>
        [.. Memberships.Where(m => m.Role == ClinicRole.Patient && m.PatientId is not null).Select(m => m.PatientId!.Value)];

    /// <summary>Whether some role in <paramref name="clinicId"/> grants <paramref name="permission"/>.</summary>
    public bool Can(Permission permission, Guid clinicId) =>
        Memberships.Any(m => m.ClinicId == clinicId && RolePermissions.Grants(m.Role, permission));

    /// <summary>Whether some role anywhere grants <paramref name="permission"/>.</summary>
    public bool CanAnywhere(Permission permission) => Memberships.Any(m => RolePermissions.Grants(m.Role, permission));

    /// <summary>Whether the actor holds <paramref name="role"/> in some clinic.</summary>
    public bool Holds(ClinicRole role) => Memberships.Any(m => m.Role == role);

    /// <summary>The actor as the audit trail records them.</summary>
    public AuditActor ToAuditActor() => UserId is null
        ? IsSystem ? AuditActor.System(ClientAddress ?? "system", CorrelationId) : AuditActor.Anonymous(CorrelationId, ClientAddress)
        : new AuditActor(UserId, DisplayName, string.Join(",", Memberships.Select(m => m.Role.ToString()).Distinct().Order(StringComparer.Ordinal)),
            CorrelationId, ClientAddress);

    /// <summary>The system itself (start-up, seeding, scheduled checks); <paramref name="initiatedBy"/> says which.</summary>
    public static Actor System(string correlationId, string initiatedBy) => new(null, "system", [], correlationId, initiatedBy) { IsSystem = true };

    /// <summary>Whether this is the system itself rather than a person (security test plan AU-03: jobs are audited as "system").</summary>
    public bool IsSystem { get; private init; }

    /// <summary>A caller who is not signed in.</summary>
    public static Actor Anonymous(string? correlationId, string? clientAddress) => new(null, "anonymous", [], correlationId, clientAddress);
}
