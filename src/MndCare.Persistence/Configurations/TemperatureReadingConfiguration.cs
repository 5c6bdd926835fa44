using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MndCare.Domain.CellProducts;
using MndCare.Domain.Clinics;
using MndCare.Persistence.CellProducts;

namespace MndCare.Persistence.Configurations;

internal sealed class TemperatureReadingConfiguration : IEntityTypeConfiguration<StoredTemperatureReading>
{
    // Lengths are in text elements in the domain; a column holds up to 4 UTF-16 units per element.
    private const int UnitsPerElement = 4;

    public void Configure(EntityTypeBuilder<StoredTemperatureReading> builder)
    {
        builder.ToTable("storage_temperature_readings");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.ComplexProperty(r => r.Reading, reading =>
        {
            reading.Property(x => x.Location).HasColumnName("location").HasMaxLength(TemperatureReading.MaxLocationLength * UnitsPerElement);
            reading.Property(x => x.Celsius).HasColumnName("celsius").HasPrecision(6, 2);
            reading.Property(x => x.TakenAtUtc).HasColumnName("taken_at_utc");
            reading.Property(x => x.RecordedByUserId).HasColumnName("recorded_by_user_id");
        });
        builder.HasOne<Clinic>().WithMany().HasForeignKey(r => r.ClinicId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.ClinicId, r.RecordedAtUtc });
    }
}
