using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MndCare.Domain.Consultations;

namespace MndCare.Persistence.Configurations;

internal sealed class ConsultationMessageConfiguration : IEntityTypeConfiguration<ConsultationMessage>
{
    public void Configure(EntityTypeBuilder<ConsultationMessage> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Body).HasMaxLength(ConsultationMessage.MaxLength * 4).IsRequired();
        builder.Ignore(m => m.IsUnreadByClinic);
        builder.HasIndex(m => new { m.ConsultationId, m.SentAtUtc });
        builder.HasOne<Consultation>().WithMany().HasForeignKey(m => m.ConsultationId).OnDelete(DeleteBehavior.Restrict);
    }
}
