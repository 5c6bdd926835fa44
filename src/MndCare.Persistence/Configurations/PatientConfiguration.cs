using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MndCare.Domain.Clinics;
using MndCare.Domain.Patients;

namespace MndCare.Persistence.Configurations;

internal sealed class PatientConfiguration : IEntityTypeConfiguration<Patient>
{
    // Lengths are in text elements in the domain; a column holds up to 4 UTF-16 units per element.
    private const int UnitsPerElement = 4;

    public void Configure(EntityTypeBuilder<Patient> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Ignore(p => p.Details);
        builder.Property(p => p.Mrn).HasMaxLength(PatientDetails.MaxMrnLength).IsRequired();
        builder.Property(p => p.NativeName).HasMaxLength(PatientDetails.MaxNameLength * UnitsPerElement).IsRequired();
        builder.Property(p => p.LatinName).HasMaxLength(PatientDetails.MaxNameLength * UnitsPerElement);
        builder.Property(p => p.Phone).HasMaxLength(PatientDetails.MaxPhoneLength * UnitsPerElement);
        builder.Property(p => p.Email).HasMaxLength(PatientDetails.MaxEmailLength * UnitsPerElement);
        builder.Property(p => p.SearchText).HasMaxLength(1000).IsRequired();
        builder.Property(p => p.Sex).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.PreferredLanguage).HasConversion<string>().HasMaxLength(40);
        builder.Property(p => p.OnsetSite).HasConversion<string>().HasMaxLength(40);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => new { p.ClinicId, p.Mrn }).IsUnique();
        builder.HasIndex(p => new { p.ClinicId, p.BirthDate });
        builder.HasOne<Clinic>().WithMany().HasForeignKey(p => p.ClinicId).OnDelete(DeleteBehavior.Restrict);
    }
}
