using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MndCare.Domain.Clinics;
using MndCare.Domain.Patients;
using MndCare.Domain.Tcm.Herbs;
using MndCare.Domain.Tcm.Prescriptions;

namespace MndCare.Persistence.Configurations;

internal sealed class HerbalPrescriptionConfiguration : IEntityTypeConfiguration<HerbalPrescription>
{
    public void Configure(EntityTypeBuilder<HerbalPrescription> builder)
    {
        builder.ToTable("herbal_prescriptions");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Preparation).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.CorrectionReason).HasMaxLength(HerbalPrescription.MaxTextLength * 4);
        builder.Property(p => p.FormulaChinese).HasMaxLength(HerbalFormulaTemplate.MaxNameLength * 4);
        builder.Property(p => p.FormulaEnglish).HasMaxLength(HerbalFormulaTemplate.MaxNameLength * 4);
        builder.Property(p => p.Items).HasJsonConversion();
        builder.Property(p => p.Findings).HasJsonConversion();
        builder.Ignore(p => p.EndsOn);
        builder.Ignore(p => p.HasRiluzoleWarning);
        // One version number per prescription: two drafts of the same next version cannot both be saved.
        builder.HasIndex(p => new { p.SeriesId, p.VersionNumber }).IsUnique();
        builder.HasIndex(p => new { p.PatientId, p.Status });
        builder.HasOne<Clinic>().WithMany().HasForeignKey(p => p.ClinicId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Patient>().WithMany().HasForeignKey(p => p.PatientId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class HerbalFormulaTemplateConfiguration : IEntityTypeConfiguration<HerbalFormulaTemplate>
{
    public void Configure(EntityTypeBuilder<HerbalFormulaTemplate> builder)
    {
        builder.ToTable("herbal_formula_templates");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.NameChinese).HasMaxLength(HerbalFormulaTemplate.MaxNameLength * 4);
        builder.Property(t => t.NameEnglish).HasMaxLength(HerbalFormulaTemplate.MaxNameLength * 4);
        builder.Property(t => t.Items).HasJsonConversion();
        builder.HasIndex(t => t.ClinicId);
        builder.HasOne<Clinic>().WithMany().HasForeignKey(t => t.ClinicId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ClinicHerbConfiguration : IEntityTypeConfiguration<ClinicHerb>
{
    public void Configure(EntityTypeBuilder<ClinicHerb> builder)
    {
        builder.ToTable("clinic_herbs");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).ValueGeneratedNever();
        foreach (var name in new[] { nameof(ClinicHerb.Pinyin), nameof(ClinicHerb.Chinese), nameof(ClinicHerb.LatinName), nameof(ClinicHerb.Source) })
        {
            builder.Property<string>(name).HasMaxLength(ClinicHerb.MaxTextLength * 4);
        }
        builder.Property(h => h.Aliases).HasJsonConversion();
        builder.Ignore(h => h.HerbId);
        builder.HasIndex(h => h.ClinicId);
        builder.HasOne<Clinic>().WithMany().HasForeignKey(h => h.ClinicId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class HerbSafetyListEntryConfiguration : IEntityTypeConfiguration<HerbSafetyListEntry>
{
    public void Configure(EntityTypeBuilder<HerbSafetyListEntry> builder)
    {
        builder.ToTable("herb_safety_entries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.HerbId).HasMaxLength(ClinicHerb.MaxTextLength * 4);
        builder.Property(e => e.Flag).HasConversion<string>().HasMaxLength(40);
        builder.Property(e => e.Source).HasMaxLength(HerbSafetyListEntry.MaxSourceLength * 4);
        builder.HasIndex(e => e.ClinicId);
        builder.HasOne<Clinic>().WithMany().HasForeignKey(e => e.ClinicId).OnDelete(DeleteBehavior.Restrict);
    }
}
