using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MndCare.Domain.Clinics;
using MndCare.Domain.Courses;
using MndCare.Domain.Patients;
using MndCare.Domain.Tcm.Visits;

namespace MndCare.Persistence.Configurations;

internal sealed class TcmVisitConfiguration : IEntityTypeConfiguration<TcmVisit>
{
    public void Configure(EntityTypeBuilder<TcmVisit> builder)
    {
        builder.ToTable("tcm_visits");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Ignore(v => v.PatternCodes);
        builder.Property<List<string>>("_patternCodes").HasColumnName("pattern_codes").HasJsonListConversion();
        builder.Property(v => v.Tongue).HasMaxLength(TcmLimits.MaxFindingLength);
        builder.Property(v => v.Pulse).HasMaxLength(TcmLimits.MaxFindingLength);
        builder.Property(v => v.Notes).HasMaxLength(TcmLimits.MaxNotesLength);
        builder.HasOne<Clinic>().WithMany().HasForeignKey(v => v.ClinicId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Patient>().WithMany().HasForeignKey(v => v.PatientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.PatientId, v.VisitedAtUtc });
    }
}

internal sealed class TcmSessionConfiguration : IEntityTypeConfiguration<TcmSession>
{
    public void Configure(EntityTypeBuilder<TcmSession> builder)
    {
        builder.ToTable("tcm_sessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Modality).HasConversion<string>().HasMaxLength(40);
        builder.Property(s => s.Technique).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.FrequencyHz).HasPrecision(6, 2);
        builder.Property(s => s.Region).HasMaxLength(TcmLimits.MaxRegionOrMethodLength);
        builder.Property(s => s.Method).HasMaxLength(TcmLimits.MaxRegionOrMethodLength);
        builder.Property(s => s.Notes).HasMaxLength(TcmLimits.MaxNotesLength);
        // The points as "ST36:bilateral,GV20:midline" (codes and side wire names hold neither ':' nor ',').
        builder.Ignore(s => s.Points);
        builder.Property<List<NeedledPoint>>("_points").HasColumnName("points").HasConversion(
            v => string.Join(",", v.Select(p => p.Code + ":" + TcmWireNames.Of(p.Side))),
            v => v.Length == 0 ? new List<NeedledPoint>() : v.Split(',', StringSplitOptions.None).Select(ReadPoint).ToList(),
            new ValueComparer<List<NeedledPoint>>((a, b) => a!.SequenceEqual(b!), v => v.Count, v => v.ToList()))
            .HasMaxLength(TcmLimits.MaxPointsPerSession * 16).IsRequired();
        builder.HasOne<Clinic>().WithMany().HasForeignKey(s => s.ClinicId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Patient>().WithMany().HasForeignKey(s => s.PatientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<TreatmentCourse>().WithMany().HasForeignKey(s => s.CourseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CourseSession>().WithMany().HasForeignKey(s => s.CourseSessionId).OnDelete(DeleteBehavior.Restrict);
        // A course slot is filled by one session at most (ADR 0031); the database keeps it so under concurrent saves.
        builder.HasIndex(s => s.CourseSessionId).IsUnique();
        builder.HasIndex(s => new { s.PatientId, s.PerformedAtUtc });
    }

    private static NeedledPoint ReadPoint(string stored)
    {
        var parts = stored.Split(':');
        return new NeedledPoint(parts[0], TcmWireNames.ParseSide(parts[1]) ?? throw new InvalidOperationException("A stored point has an unknown side: " + stored));
    }
}

internal sealed class ClinicTcmPatternConfiguration : IEntityTypeConfiguration<ClinicTcmPattern>
{
    public void Configure(EntityTypeBuilder<ClinicTcmPattern> builder)
    {
        builder.ToTable("clinic_tcm_patterns");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Code).HasMaxLength(60).IsRequired();
        builder.Property(p => p.ChineseName).HasMaxLength(TcmPatternLimits.MaxNameLength).IsRequired();
        builder.Property(p => p.EnglishName).HasMaxLength(TcmPatternLimits.MaxNameLength).IsRequired();
        builder.HasIndex(p => p.Code).IsUnique();
        builder.HasOne<Clinic>().WithMany().HasForeignKey(p => p.ClinicId).OnDelete(DeleteBehavior.Restrict);
    }
}
