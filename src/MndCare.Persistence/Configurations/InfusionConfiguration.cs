using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MndCare.Domain.CellProducts;
using MndCare.Domain.Courses;
using MndCare.Domain.Infusions;
using MndCare.Domain.Patients;

namespace MndCare.Persistence.Configurations;

internal sealed class InfusionConfiguration : IEntityTypeConfiguration<Infusion>
{
    // Lengths are in text elements in the domain; a column holds up to 4 UTF-16 units per element.
    private const int UnitsPerElement = 4;

    public void Configure(EntityTypeBuilder<Infusion> builder)
    {
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.OrderedCellsPerKg).HasPrecision(20, 4);
        builder.Property(i => i.WeightKg).HasPrecision(6, 2);
        builder.Property(i => i.Diluent).HasMaxLength(Infusion.MaxDiluentLength * UnitsPerElement);
        builder.Property(i => i.StopReason).HasMaxLength(Infusion.MaxNoteLength * UnitsPerElement);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.Ignore(i => i.FeverReadings);
        // The normalised unit codes the passed identity check accepted, comma-separated in scan order (codes hold no comma).
        builder.Property<List<string>>("_unitCodes").HasColumnName("unit_codes").HasConversion(
            v => string.Join(",", v),
            v => v.Length == 0 ? new List<string>() : v.Split(',', StringSplitOptions.None).ToList(),
            new ValueComparer<List<string>>((a, b) => a!.SequenceEqual(b!), v => string.Join(",", v).GetHashCode(StringComparison.Ordinal), v => v.ToList()))
            .HasMaxLength(IdentityCheck.MaxUnitCodes * (BedsideCode.MaxLength + 1)).IsRequired();
        builder.Ignore(i => i.UnitCodes);
        builder.OwnsMany(i => i.VitalSigns, signs =>
        {
            signs.ToTable("infusion_vital_signs");
            signs.WithOwner().HasForeignKey("InfusionId");
            signs.Property<Guid>("Id").ValueGeneratedOnAdd();
            signs.HasKey("Id");
            // PostgreSQL stores UTC instants only; the reading keeps its instant, read back in UTC.
            signs.Property(v => v.TakenAt).HasConversion(v => v.UtcDateTime, v => new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc)));
            signs.Property(v => v.TemperatureCelsius).HasPrecision(4, 1);
            signs.Ignore(v => v.IsFever);
        });
        builder.OwnsMany(i => i.Deviations, deviation =>
        {
            deviation.ToTable("infusion_deviations");
            deviation.WithOwner().HasForeignKey("InfusionId");
            deviation.Property<Guid>("Id").ValueGeneratedOnAdd();
            deviation.HasKey("Id");
            deviation.Property(d => d.Text).HasMaxLength(Infusion.MaxNoteLength * UnitsPerElement);
        });
        builder.Navigation(i => i.VitalSigns).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(i => i.Deviations).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasOne<TreatmentCourse>().WithMany().HasForeignKey(i => i.CourseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Patient>().WithMany().HasForeignKey(i => i.PatientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Lot>().WithMany().HasForeignKey(i => i.LotId).OnDelete(DeleteBehavior.Restrict);
        // Recipients of a lot and lots of a patient are read by these.
        builder.HasIndex(i => new { i.LotId, i.Status });
        builder.HasIndex(i => new { i.PatientId, i.Status });
        builder.HasIndex(i => i.CourseId);
    }
}
