using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MndCare.Domain.Consultations;

namespace MndCare.Persistence.Configurations;

internal sealed class ConsultationReportConfiguration : IEntityTypeConfiguration<ConsultationReport>
{
    public void Configure(EntityTypeBuilder<ConsultationReport> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Ignore(r => r.Pdf);
        builder.Property(r => r.Language).HasMaxLength(20).IsRequired();
        builder.Property(r => r.Recommendation).HasConversion<string>().HasMaxLength(40);
        builder.Property(r => r.ContentJson).IsRequired();
        builder.Property(r => r.SignerName).HasMaxLength(800).IsRequired();
        // Lengths are in text elements in the domain; a column holds up to 4 UTF-16 units per element.
        builder.Property(r => r.CorrectionReason).HasMaxLength(ConsultationReport.MaxTextLength * 4);
        builder.Property(r => r.OverrideReason).HasMaxLength(ConsultationReport.MaxTextLength * 4);
        builder.Property(r => r.BlobName).HasMaxLength(64).IsRequired();
        builder.Property(r => r.KeyId).HasMaxLength(64).IsRequired();
        builder.Property(r => r.WrappedKey).IsRequired();
        builder.Property(r => r.Sha256).IsRequired();
        // One version number per consultation, and a version is corrected at most once: the chain stays linear.
        builder.HasIndex(r => new { r.ConsultationId, r.VersionNumber }).IsUnique();
        builder.HasIndex(r => r.SupersedesId).IsUnique();
        builder.HasOne<ConsultationReport>().WithMany().HasForeignKey(r => r.SupersedesId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Consultation>().WithMany().HasForeignKey(r => r.ConsultationId).OnDelete(DeleteBehavior.Restrict);
    }
}
