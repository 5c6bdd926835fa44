using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MndCare.Domain.Courses;

namespace MndCare.Persistence.Configurations;

internal sealed class CourseSessionConfiguration : IEntityTypeConfiguration<CourseSession>
{
    public void Configure(EntityTypeBuilder<CourseSession> builder)
    {
        builder.ToTable("course_sessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(s => s.Timepoint).HasConversion<string>().HasMaxLength(40);
        builder.Property(s => s.TimeZoneId).HasMaxLength(100).IsRequired();
        builder.Property(s => s.Assessments).HasWireNameListConversion();
        builder.Property(s => s.Room).HasMaxLength(TreatmentCourse.MaxRoomLength * 4);
        // Every move of the session, oldest first; read only with its session.
        builder.Ignore(s => s.History);
        builder.Property<List<SessionReschedule>>("_history").HasColumnName("history").HasJsonListConversion();
        builder.Ignore(s => s.EndsAtUtc);
        builder.Ignore(s => s.LocalStart);
        builder.Ignore(s => s.LocalDate);
        // The double-booking check reads a clinic's sessions by time, and a staff member's by person.
        builder.HasIndex(s => s.StartsAtUtc);
        builder.HasIndex(s => s.StaffUserId);
    }
}
