using MndCare.Domain.Clinics;

namespace MndCare.Application.Access;

/// <summary>A role the actor holds in one clinic (and, for patients, the record it reaches).</summary>
public sealed record Membership(Guid ClinicId, ClinicRole Role, Guid? PatientId, PatientRelationship? Relationship);
