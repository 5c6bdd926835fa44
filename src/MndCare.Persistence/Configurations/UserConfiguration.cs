using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MndCare.Persistence.Identity;

namespace MndCare.Persistence.Configurations;

internal sealed class UserConfiguration : IEntityTypeConfiguration<MndCareUser>
{
    public void Configure(EntityTypeBuilder<MndCareUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(800).IsRequired();
    }
}
