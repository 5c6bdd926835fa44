using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MndCare.Domain.Clinics;
using MndCare.Domain.Infusions;

namespace MndCare.Persistence.Configurations;

internal sealed class ClinicInfusionPolicyConfiguration : IEntityTypeConfiguration<ClinicInfusionPolicy>
{
    public void Configure(EntityTypeBuilder<ClinicInfusionPolicy> builder)
    {
        builder.HasKey(p => p.ClinicId);
        builder.Property(p => p.MinCellsPerKg).HasPrecision(20, 4);
        builder.Property(p => p.MaxCellsPerKg).HasPrecision(20, 4);
        builder.Ignore(p => p.Policy);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne<Clinic>().WithOne().HasForeignKey<ClinicInfusionPolicy>(p => p.ClinicId).OnDelete(DeleteBehavior.Restrict);
    }
}
