using MndCare.Domain.Results;
using MndCare.Domain.Text;
using MndCare.Domain.Time;

namespace MndCare.Domain.Clinics;

/// <summary>A clinic (site): every clinical record belongs to exactly one.</summary>
public sealed class Clinic
{
    /// <summary>Longest clinic name, in text elements.</summary>
    public const int MaxNameLength = 200;

    private Clinic(Guid id, string name, string timeZoneId)
    {
        Id = id;
        Name = name;
        TimeZoneId = timeZoneId;
    }

    /// <summary>The record id (UUIDv7).</summary>
    public Guid Id { get; private set; }

    /// <summary>The clinic's display name.</summary>
    public string Name { get; private set; }

    /// <summary>IANA time-zone id; "today" for clinical dates is judged in this zone.</summary>
    public string TimeZoneId { get; private set; }

    /// <summary>Creates a clinic after validating its name and time zone.</summary>
    /// <param name="id">A new UUIDv7.</param>
    /// <param name="name">Display name.</param>
    /// <param name="timeZoneId">IANA time-zone id such as Asia/Shanghai.</param>
    public static Result<Clinic> Create(Guid id, string? name, string? timeZoneId)
    {
        var validName = FreeText.Required(name, "name", MaxNameLength);
        if (!validName.IsSuccess)
        {
            return Result<Clinic>.Failure(validName.Errors);
        }
        if (string.IsNullOrWhiteSpace(timeZoneId) || !TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out _))
        {
            return new ValidationError("timeZoneId", "unknownTimeZone", "timeZoneId is not a known IANA time zone.");
        }
        return new Clinic(id, validName.Value, timeZoneId);
    }

    /// <summary>The calendar date in the clinic's time zone at <paramref name="instant"/>.</summary>
    /// <param name="instant">The instant, usually from the injected clock.</param>
    public DateOnly LocalDate(DateTimeOffset instant) => ClinicTime.LocalDate(instant, TimeZoneId);

    /// <summary>The UTC instant the calendar day <paramref name="date"/> begins in the clinic's time zone.</summary>
    /// <param name="date">A calendar date in the clinic's time zone.</param>
    public DateTime StartOfDayUtc(DateOnly date) => ClinicTime.StartOfDayUtc(date, TimeZoneId);
}
