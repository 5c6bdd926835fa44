using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MndCare.Domain.CellProducts;
using MndCare.Domain.Clinics;
using MndCare.Persistence.CellProducts;

namespace MndCare.Persistence.Configurations;

internal sealed class LotConfiguration : IEntityTypeConfiguration<Lot>
{
    // Lengths are in text elements in the domain; a column holds up to 4 UTF-16 units per element.
    private const int UnitsPerElement = 4;

    public void Configure(EntityTypeBuilder<Lot> builder)
    {
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.RecordedStatus).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.RecallReason).HasMaxLength(Lot.MaxRecallReasonLength * UnitsPerElement);
        builder.Property(l => l.Version).IsConcurrencyToken();
        builder.ComplexProperty(l => l.Details, details =>
        {
            details.Property(d => d.LotNumber).HasConversion(CellProductConverters.LotNumber).HasColumnName("lot_number")
                .HasMaxLength(CellProductConverters.MaxCodeLength);
            details.Property(d => d.ProductCode).HasConversion(CellProductConverters.ProductCode).HasColumnName("product_code")
                .HasMaxLength(CellProductConverters.MaxCodeLength);
            details.Property(d => d.DonorCode).HasConversion(CellProductConverters.DonorCode).HasColumnName("donor_code")
                .HasMaxLength(CellProductConverters.MaxCodeLength);
            details.Property(d => d.CellsPerUnit).HasConversion(CellProductConverters.CellsPerUnit).HasColumnName("cells_per_unit");
            details.Property(d => d.ManufacturedOn).HasColumnName("manufactured_on");
            details.Property(d => d.ExpiresOn).HasColumnName("expires_on");
            details.Property(d => d.Passage).HasColumnName("passage");
            details.Property(d => d.UnitsProduced).HasColumnName("units_produced");
            details.Property(d => d.ThawToEndLimitMinutes).HasColumnName("thaw_to_end_limit_minutes");
            details.Property(d => d.StorageMaxCelsius).HasColumnName("storage_max_celsius").HasPrecision(6, 2);
        });
        // The lot number is unique per clinic; indexes cannot name a complex property, so a shadow property shares its column.
        builder.Property<LotNumber>(LotEntries.LotNumberProperty).HasConversion(CellProductConverters.LotNumber).HasColumnName("lot_number")
            .HasMaxLength(CellProductConverters.MaxCodeLength);
        builder.HasIndex(nameof(Lot.ClinicId), LotEntries.LotNumberProperty).IsUnique();
        builder.OwnsOne(l => l.Results, results =>
        {
            results.Property(r => r.Sterility).HasConversion<string>().HasMaxLength(20);
            results.Property(r => r.Mycoplasma).HasConversion<string>().HasMaxLength(20);
            results.Property(r => r.Karyotype).HasConversion<string>().HasMaxLength(20);
        });
        builder.OwnsOne(l => l.Judgement, judgement =>
        {
            judgement.Property(j => j.ProductCode).HasConversion(CellProductConverters.ProductCode).HasMaxLength(CellProductConverters.MaxCodeLength);
            judgement.Ignore(j => j.WithinSpecification);
            // The wire names of the results out of specification, comma-separated, in the specification's order.
            judgement.Property(j => j.OutOfSpecification).HasConversion(
                v => string.Join(",", v),
                v => v.Length == 0 ? Array.Empty<string>() : v.Split(',', StringSplitOptions.None),
                new Microsoft.EntityFrameworkCore.ChangeTracking.ValueComparer<IReadOnlyList<string>>(
                    (a, b) => a!.SequenceEqual(b!), v => string.Join(",", v).GetHashCode(StringComparison.Ordinal), v => v))
                .HasMaxLength(400).IsRequired();
        });
        builder.HasOne<Clinic>().WithMany().HasForeignKey(l => l.ClinicId).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsMany(l => l.Units, unit =>
        {
            unit.ToTable("lot_units");
            unit.WithOwner().HasForeignKey("LotId");
            unit.Property<Guid>("Id").ValueGeneratedOnAdd();
            unit.HasKey("Id");
            unit.Property(u => u.Code).HasConversion(CellProductConverters.UnitCode).HasMaxLength(CellProductConverters.MaxCodeLength);
            unit.Property(u => u.Status).HasConversion<string>().HasMaxLength(20);
            unit.Property(u => u.StorageLocation).HasMaxLength(TemperatureReading.MaxLocationLength * UnitsPerElement);
            unit.Ignore(u => u.IsFinal);
            // The bedside check looks units up by code (unique within a clinic, through the lot number).
            unit.HasIndex(u => u.Code);
        });
        builder.OwnsMany(l => l.CustodyEvents, custody =>
        {
            custody.ToTable("unit_custody_events");
            custody.WithOwner().HasForeignKey("LotId");
            custody.Property<Guid>("Id").ValueGeneratedOnAdd();
            custody.HasKey("Id");
            custody.Property(e => e.UnitCode).HasConversion(CellProductConverters.UnitCode).HasMaxLength(CellProductConverters.MaxCodeLength);
            custody.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
            custody.HasIndex(e => e.UnitCode);
        });
        builder.Navigation(l => l.Units).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(l => l.CustodyEvents).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(l => new { l.ClinicId, l.RecordedStatus });
    }
}
