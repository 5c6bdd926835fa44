using System.Text.Json;
using MndCare.Domain.Auditing;
using MndCare.Domain.Clinics;
using MndCare.Domain.Identifiers;
using MndCare.Domain.Results;
using MndCare.Domain.Time;

namespace MndCare.Application.Demo;

/// <summary>The demo staff who appear in the therapy records: two cell-lab users (results and release), a clinician and a nurse.</summary>
internal sealed record DemoStaff(Guid CellLab, Guid SecondCellLab, Guid Clinician, Guid Nurse);

/// <summary>Where the therapy demo is written: the clinic, its today and wall-clock times in its zone, new ids, and the audit
/// events of what is added (every one with the reason <see cref="DemoSeeder.SyntheticDataReason"/>).</summary>
internal sealed class DemoScene
{
    private readonly TimeProvider _clock;
    private readonly TimeZoneInfo _zone;
    private readonly List<AuditEntry> _entries = [];

    public DemoScene(Clinic clinic, DemoStaff staff, TimeProvider clock)
    {
        Clinic = clinic;
        Staff = staff;
        _clock = clock;
        _zone = ClinicTime.FindZone(clinic.TimeZoneId) ?? throw new InvalidOperationException("The demo clinic's time zone is unknown.");
        Now = clock.GetUtcNow();
        Today = clinic.LocalDate(Now);
    }

    public Clinic Clinic { get; }

    public DemoStaff Staff { get; }

    /// <summary>The injected clock's time when seeding began.</summary>
    public DateTimeOffset Now { get; }

    /// <summary>The clinic's date when seeding began; every demo date is counted from it.</summary>
    public DateOnly Today { get; }

    public IReadOnlyList<AuditEntry> Entries => _entries;

    /// <summary>The instant of a wall-clock time on <paramref name="date"/> in the clinic's zone.</summary>
    public DateTimeOffset At(DateOnly date, int hour, int minute = 0) =>
        new(ClinicTime.ToUtc(date, new TimeOnly(hour, minute), _zone), TimeSpan.Zero);

    /// <summary>The clinic's date of <paramref name="instant"/>.</summary>
    public DateOnly DateOf(DateTimeOffset instant) => Clinic.LocalDate(instant);

    public Guid NewId() => RecordId.New(_clock);

    /// <summary>The value of a domain step; a refusal means the demo data breaks a rule, a bug that rolls the seed back.</summary>
    public static T Check<T>(Result<T> result) => result.IsSuccess ? result.Value
        : throw new InvalidOperationException("The demo data breaks a rule: " + string.Join(", ", result.Errors.Select(e => e.Code)));

    /// <summary>Adds the audit event of one seeded record.</summary>
    public void Audit(string action, string entityType, Guid entityId, IReadOnlyList<FieldChange> changes, object? details = null) =>
        _entries.Add(new AuditEntry(action, AuditOutcome.Success)
        {
            ClinicId = Clinic.Id,
            EntityType = entityType,
            EntityId = entityId.ToString("D"),
            Changes = changes,
            Reason = DemoSeeder.SyntheticDataReason,
            Details = details is null ? null : JsonSerializer.Serialize(details, JsonSerializerOptions.Web),
        });
}
