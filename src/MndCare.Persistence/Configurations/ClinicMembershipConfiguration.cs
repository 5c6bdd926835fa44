using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MndCare.Domain.Clinics;
using MndCare.Domain.Patients;
using MndCare.Persistence.Identity;

namespace MndCare.Persistence.Configurations;

internal sealed class ClinicMembershipConfiguration : IEntityTypeConfiguration<ClinicMembership>
{
    public void Configure(EntityTypeBuilder<ClinicMembership> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Role).HasConversion<string>().HasMaxLength(40);
        builder.Property(m => m.Relationship).HasConversion<string>().HasMaxLength(40);
        // A user may hold several roles in one clinic (a nurse who is also the clinic's administrator), each once.
        builder.HasIndex(m => new { m.UserId, m.ClinicId, m.Role }).IsUnique();
        builder.HasOne<Clinic>().WithMany().HasForeignKey(m => m.ClinicId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<MndCareUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Patient>().WithMany().HasForeignKey(m => m.PatientId).OnDelete(DeleteBehavior.Restrict);
    }
}
