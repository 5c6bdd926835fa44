using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MndCare.Domain.Clinics;
using MndCare.Domain.Consultations.Eligibility;

namespace MndCare.Persistence.Configurations;

internal sealed class EligibilityPolicyConfiguration : IEntityTypeConfiguration<EligibilityPolicy>
{
    public void Configure(EntityTypeBuilder<EligibilityPolicy> builder)
    {
        builder.HasKey(p => p.ClinicId);
        builder.Property(p => p.Criteria).HasJsonConversion();
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne<Clinic>().WithOne().HasForeignKey<EligibilityPolicy>(p => p.ClinicId).OnDelete(DeleteBehavior.Restrict);
    }
}
