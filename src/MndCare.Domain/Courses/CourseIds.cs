namespace MndCare.Domain.Courses;

/// <summary>The ids a new course is planned with.</summary>
/// <param name="CourseId">A new UUIDv7 for the course.</param>
/// <param name="ClinicId">The clinic that runs it.</param>
/// <param name="PatientId">The patient.</param>
/// <param name="TemplateId">The template it follows.</param>
/// <param name="ConsultationId">The consultation whose signed report offered the programme, when the course comes from one.</param>
public readonly record struct CourseIds(Guid CourseId, Guid ClinicId, Guid PatientId, Guid TemplateId, Guid? ConsultationId = null);
