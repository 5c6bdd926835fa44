using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MndCare.Domain.Consultations;

namespace MndCare.Persistence.Configurations;

internal sealed class ConsultationFileConfiguration : IEntityTypeConfiguration<ConsultationFile>
{
    public void Configure(EntityTypeBuilder<ConsultationFile> builder)
    {
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Ignore(f => f.Blob);
        builder.Property(f => f.FileName).HasMaxLength(400).IsRequired();
        builder.Property(f => f.Kind).HasMaxLength(20).IsRequired();
        builder.Property(f => f.ContentType).HasMaxLength(100).IsRequired();
        builder.Property(f => f.Category).HasMaxLength(40).IsRequired();
        builder.Property(f => f.BlobName).HasMaxLength(64).IsRequired();
        builder.Property(f => f.KeyId).HasMaxLength(64).IsRequired();
        builder.Property(f => f.WrappedKey).IsRequired();
        builder.Property(f => f.Sha256).IsRequired();
        builder.HasIndex(f => f.ConsultationId);
        builder.HasIndex(f => f.BlobName).IsUnique();
        builder.HasOne<Consultation>().WithMany().HasForeignKey(f => f.ConsultationId).OnDelete(DeleteBehavior.Restrict);
    }
}
