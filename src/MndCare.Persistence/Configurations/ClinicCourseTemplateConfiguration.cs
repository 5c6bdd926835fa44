using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MndCare.Domain.Clinics;
using MndCare.Domain.Courses;

namespace MndCare.Persistence.Configurations;

internal sealed class ClinicCourseTemplateConfiguration : IEntityTypeConfiguration<ClinicCourseTemplate>
{
    public void Configure(EntityTypeBuilder<ClinicCourseTemplate> builder)
    {
        builder.ToTable("course_templates");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Template).HasTemplateConversion();
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasIndex(t => t.ClinicId);
        builder.HasOne<Clinic>().WithMany().HasForeignKey(t => t.ClinicId).OnDelete(DeleteBehavior.Restrict);
    }
}
