namespace MndCare.Domain.Clinics;

/// <summary>The wire names of the roles, as the API, exports and screens use them.</summary>
public static class ClinicRoleNames
{
    /// <summary>The wire name of a role.</summary>
    /// <param name="role">The role.</param>
    public static string Of(ClinicRole role) => role switch
    {
        ClinicRole.Patient => "patient",
        ClinicRole.Clinician => "clinician",
        ClinicRole.Nurse => "nurse",
        ClinicRole.TcmPractitioner => "tcmPractitioner",
        ClinicRole.CellLab => "cellLab",
        ClinicRole.Administrator => "administrator",
        ClinicRole.Auditor => "auditor",
    };

    /// <summary>Every staff role, in the order forms list them.</summary>
    public static IReadOnlyList<ClinicRole> Staff { get; } = [.. Enum.GetValues<ClinicRole>().Where(RolePermissions.IsStaff)];
}
