using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MndCare.Domain.CellProducts;
using MndCare.Domain.Clinics;

namespace MndCare.Persistence.Configurations;

internal sealed class DonorConfiguration : IEntityTypeConfiguration<Donor>
{
    public void Configure(EntityTypeBuilder<Donor> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Code).HasConversion(CellProductConverters.DonorCode).HasMaxLength(CellProductConverters.MaxCodeLength);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.Ignore(d => d.IsScreeningCompleteAndNegative);
        // One donor code per clinic: the code is the donor's only identity (21 CFR 1271.290(c)).
        builder.HasIndex(d => new { d.ClinicId, d.Code }).IsUnique();
        builder.HasOne<Clinic>().WithMany().HasForeignKey(d => d.ClinicId).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsMany(d => d.Screenings, screening =>
        {
            screening.ToTable("donor_screenings");
            screening.WithOwner().HasForeignKey("DonorId");
            screening.Property<Guid>("Id").ValueGeneratedOnAdd();
            screening.HasKey("Id");
            screening.Property(s => s.Marker).HasConversion<string>().HasMaxLength(20);
            screening.Property(s => s.Result).HasConversion<string>().HasMaxLength(20);
        });
        builder.Navigation(d => d.Screenings).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
