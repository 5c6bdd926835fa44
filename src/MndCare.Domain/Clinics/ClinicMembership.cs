using MndCare.Domain.Results;

namespace MndCare.Domain.Clinics;

/// <summary>A user's role in one clinic; a patient-role membership also names the patient it reaches.</summary>
public sealed class ClinicMembership
{
    private ClinicMembership(Guid id, Guid clinicId, Guid userId, ClinicRole role, Guid? patientId, PatientRelationship? relationship)
    {
        Id = id;
        ClinicId = clinicId;
        UserId = userId;
        Role = role;
        PatientId = patientId;
        Relationship = relationship;
    }

    /// <summary>The record id (UUIDv7).</summary>
    public Guid Id { get; private set; }

    /// <summary>The clinic the role applies to.</summary>
    public Guid ClinicId { get; private set; }

    /// <summary>The user holding the role.</summary>
    public Guid UserId { get; private set; }

    /// <summary>The role.</summary>
    public ClinicRole Role { get; private set; }

    /// <summary>For <see cref="ClinicRole.Patient"/>: the one patient this user may see; otherwise null.</summary>
    public Guid? PatientId { get; private set; }

    /// <summary>For <see cref="ClinicRole.Patient"/>: how the user relates to that patient; otherwise null.</summary>
    public PatientRelationship? Relationship { get; private set; }

    /// <summary>A staff role in a clinic.</summary>
    /// <param name="id">A new UUIDv7.</param>
    /// <param name="clinicId">The clinic.</param>
    /// <param name="userId">The user.</param>
    /// <param name="role">A staff role (not <see cref="ClinicRole.Patient"/>).</param>
    public static Result<ClinicMembership> ForStaff(Guid id, Guid clinicId, Guid userId, ClinicRole role)
    {
        if (!RolePermissions.IsStaff(role))
        {
            return new ValidationError("role", "patientRoleNeedsPatient", "A patient membership must name the patient and the relationship.");
        }
        return new ClinicMembership(id, clinicId, userId, role, null, null);
    }

    /// <summary>A patient, or a family member acting for the patient.</summary>
    /// <param name="id">A new UUIDv7.</param>
    /// <param name="clinicId">The patient's clinic.</param>
    /// <param name="userId">The user.</param>
    /// <param name="patientId">The patient the user may see.</param>
    /// <param name="relationship">How the user relates to the patient.</param>
    public static ClinicMembership ForPatient(Guid id, Guid clinicId, Guid userId, Guid patientId, PatientRelationship relationship) =>
        new(id, clinicId, userId, ClinicRole.Patient, patientId, relationship);
}
