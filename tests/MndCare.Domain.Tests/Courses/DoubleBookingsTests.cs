using MndCare.Domain.Courses;

namespace MndCare.Domain.Tests.Courses;

// docs/therapy/courses.md, "Double-bookings" (the demo clinic's choice: a patient overlap is refused; room and staff
// overlaps are warnings). Intervals are half-open.
public sealed class DoubleBookingsTests
{
    private static readonly DateTime Nine = new(2026, 12, 7, 1, 0, 0, DateTimeKind.Utc);
    private static readonly Guid PatientA = new("0190a000-0000-7000-8000-00000000000a");
    private static readonly Guid PatientB = new("0190a000-0000-7000-8000-00000000000b");
    private static readonly Guid Nurse = new("0190a000-0000-7000-8000-0000000000f1");

    private static BookedSlot Slot(int id, Guid patient, int startMinute, int minutes, string? room = null, Guid? staff = null) =>
        new(new Guid(id, 0, 0, new byte[8]), patient, Nine.AddMinutes(startMinute), Nine.AddMinutes(startMinute + minutes), room, staff);

    private static Guid Id(int id) => new(id, 0, 0, new byte[8]);

    [Fact]
    public void SameRoom_Overlapping_IsAWarning()
    {
        var conflict = Assert.Single(DoubleBookings.Find([Slot(1, PatientA, 0, 60, "Infusion 1"), Slot(2, PatientB, 30, 60, " infusion 1 ")]));
        Assert.Equal(new BookingConflict(BookingConflictKind.Room, Id(1), Id(2)), conflict);
        Assert.Equal("roomDoubleBooked", conflict.Code);
        Assert.False(conflict.IsRefused);
    }

    [Fact]
    public void SameStaff_Overlapping_IsAWarning()
    {
        var conflict = Assert.Single(DoubleBookings.Find([Slot(1, PatientA, 0, 60, "A", Nurse), Slot(2, PatientB, 59, 10, "B", Nurse)]));
        Assert.Equal(("staffDoubleBooked", false), (conflict.Code, conflict.IsRefused));
    }

    [Fact]
    public void SamePatient_Overlapping_IsRefused()
    {
        var conflict = Assert.Single(DoubleBookings.Find([Slot(2, PatientA, 15, 30), Slot(1, PatientA, 0, 60)]));
        // The session that starts first is named first.
        Assert.Equal(new BookingConflict(BookingConflictKind.Patient, Id(1), Id(2)), conflict);
        Assert.Equal(("patientDoubleBooked", true), (conflict.Code, conflict.IsRefused));
    }

    [Fact]
    public void APairSharingEverything_IsThreeConflicts() =>
        Assert.Equal([BookingConflictKind.Room, BookingConflictKind.Staff, BookingConflictKind.Patient],
            DoubleBookings.Find([Slot(1, PatientA, 0, 60, "A", Nurse), Slot(2, PatientA, 0, 60, "a", Nurse)]).Select(c => c.Kind));

    [Fact]
    public void BackToBack_DoesNotOverlap() =>
        Assert.Empty(DoubleBookings.Find([Slot(1, PatientA, 0, 60, "A", Nurse), Slot(2, PatientA, 60, 60, "A", Nurse)]));

    [Fact]
    public void NothingShared_OrNothingAssigned_IsNoConflict() =>
        Assert.Empty(DoubleBookings.Find([Slot(1, PatientA, 0, 60, "A"), Slot(2, PatientB, 0, 60, "B"), Slot(3, PatientB, 90, 60), Slot(4, PatientA, 90, 60)]));

    [Fact]
    public void ALongSession_ConflictsWithEveryLaterOneItCovers()
    {
        var conflicts = DoubleBookings.Find([Slot(1, PatientA, 0, 240, "A"), Slot(2, PatientB, 10, 10, "A"), Slot(3, PatientB, 200, 10, "A")]);
        Assert.Equal([(Id(1), Id(2)), (Id(1), Id(3))], conflicts.Select(c => (c.FirstSessionId, c.SecondSessionId)));
    }

    [Fact]
    public void ASessionListedTwice_IsNotInConflictWithItself() =>
        Assert.Empty(DoubleBookings.Find([Slot(1, PatientA, 0, 60, "A"), Slot(1, PatientA, 0, 60, "A")]));

    [Fact]
    public void ASessionEndingBeforeItStarts_IsABug() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DoubleBookings.Find([Slot(1, PatientA, 0, 0)]));
}
