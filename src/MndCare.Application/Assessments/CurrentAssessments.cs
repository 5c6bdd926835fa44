using MndCare.Domain.Assessments;
using MndCare.Persistence;

namespace MndCare.Application.Assessments;

/// <summary>A patient's assessments that no correction has replaced (corrections supersede, never overwrite).</summary>
public static class CurrentAssessments
{
    /// <summary>The current assessments of <paramref name="patientId"/>, not tracked.</summary>
    public static IQueryable<Assessment> CurrentAssessmentsOf(this MndCareDbContext db, Guid patientId)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Assessments.Where(a => a.PatientId == patientId && !db.Assessments.Any(newer => newer.SupersedesId == a.Id));
    }
}
