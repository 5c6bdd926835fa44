using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MndCare.Domain.Consultations;

namespace MndCare.Persistence.Configurations;

internal sealed class ConsultationReportTranslationConfiguration : IEntityTypeConfiguration<ConsultationReportTranslation>
{
    public void Configure(EntityTypeBuilder<ConsultationReportTranslation> builder)
    {
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Ignore(t => t.Pdf);
        builder.Property(t => t.Language).HasMaxLength(20).IsRequired();
        builder.Property(t => t.ContentJson).IsRequired();
        builder.Property(t => t.BlobName).HasMaxLength(64).IsRequired();
        builder.Property(t => t.KeyId).HasMaxLength(64).IsRequired();
        builder.Property(t => t.WrappedKey).IsRequired();
        builder.Property(t => t.Sha256).IsRequired();
        // One translation per language of a report.
        builder.HasIndex(t => new { t.ReportId, t.Language }).IsUnique();
        builder.HasOne<ConsultationReport>().WithMany().HasForeignKey(t => t.ReportId).OnDelete(DeleteBehavior.Restrict);
    }
}
