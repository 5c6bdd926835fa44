using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MndCare.Domain.Clinics;
using MndCare.Persistence.CellProducts;

namespace MndCare.Persistence.Configurations;

internal sealed class ReleaseSpecificationConfiguration : IEntityTypeConfiguration<StoredReleaseSpecification>
{
    public void Configure(EntityTypeBuilder<StoredReleaseSpecification> builder)
    {
        builder.ToTable("release_specifications");
        // Versions are kept: every judgement names the one it used.
        builder.HasKey(s => new { s.ClinicId, s.ProductCode, s.Version });
        builder.Property(s => s.ProductCode).HasMaxLength(CellProductConverters.MaxCodeLength);
        builder.ComplexProperty(s => s.Limits);
        builder.HasOne<Clinic>().WithMany().HasForeignKey(s => s.ClinicId).OnDelete(DeleteBehavior.Restrict);
    }
}
