using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MndCare.Domain.Courses;

namespace MndCare.Persistence.Configurations;

internal sealed class ConcomitantMedicationConfiguration : IEntityTypeConfiguration<ConcomitantMedication>
{
    public void Configure(EntityTypeBuilder<ConcomitantMedication> builder)
    {
        builder.ToTable("course_medications");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Medication).HasConversion<string>().HasMaxLength(40);
        builder.Property(m => m.Name).HasMaxLength(ConcomitantMedication.MaxNameLength * 4);
        builder.Property(m => m.DoseText).HasMaxLength(ConcomitantMedication.MaxDoseLength * 4).IsRequired();
    }
}
