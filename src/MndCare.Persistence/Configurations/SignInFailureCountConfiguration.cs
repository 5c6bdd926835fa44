using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MndCare.Persistence.Identity;

namespace MndCare.Persistence.Configurations;

internal sealed class SignInFailureCountConfiguration : IEntityTypeConfiguration<SignInFailureCount>
{
    public void Configure(EntityTypeBuilder<SignInFailureCount> builder)
    {
        builder.ToTable("sign_in_failures");
        builder.HasKey(f => new { f.AccountKey, f.ClientNetwork });
        builder.Property(f => f.AccountKey).HasMaxLength(64);
        builder.Property(f => f.ClientNetwork).HasMaxLength(64);
        // Stale windows are pruned by age.
        builder.HasIndex(f => f.WindowStartedAtUtc);
    }
}
