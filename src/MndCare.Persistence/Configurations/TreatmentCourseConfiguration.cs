using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MndCare.Domain.Clinics;
using MndCare.Domain.Consultations;
using MndCare.Domain.Courses;
using MndCare.Domain.Patients;

namespace MndCare.Persistence.Configurations;

internal sealed class TreatmentCourseConfiguration : IEntityTypeConfiguration<TreatmentCourse>
{
    /// <summary>The name of the sessions' and medications' foreign key to their course.</summary>
    public const string CourseId = "CourseId";

    public void Configure(EntityTypeBuilder<TreatmentCourse> builder)
    {
        builder.ToTable("treatment_courses");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Template).HasTemplateConversion();
        builder.Property(c => c.TimeZoneId).HasMaxLength(100).IsRequired();
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(40);
        builder.Property(c => c.StopReason).HasMaxLength(TreatmentCourse.MaxReasonLength * 4);
        builder.Property(c => c.Unplaced).HasUnplacedConversion();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.IsScheduleOpen);
        builder.HasMany(c => c.Sessions).WithOne().HasForeignKey(CourseId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Sessions).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        builder.HasMany(c => c.Medications).WithOne().HasForeignKey(CourseId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Medications).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        builder.HasIndex(c => new { c.ClinicId, c.Status });
        builder.HasIndex(c => c.PatientId);
        builder.HasOne<Clinic>().WithMany().HasForeignKey(c => c.ClinicId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Patient>().WithMany().HasForeignKey(c => c.PatientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ClinicCourseTemplate>().WithMany().HasForeignKey(c => c.TemplateId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Consultation>().WithMany().HasForeignKey(c => c.ConsultationId).OnDelete(DeleteBehavior.Restrict);
    }
}
