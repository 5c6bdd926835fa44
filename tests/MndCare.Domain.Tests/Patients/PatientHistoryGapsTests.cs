using MndCare.Domain.Patients;

namespace MndCare.Domain.Tests.Patients;

// Issue 7: the questionnaire fills the registry's MND history where it is still empty, never overwriting it.
public sealed class PatientHistoryGapsTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    private static PatientDetails Details(string? onset = null, string? diagnosis = null, string? site = null, string? death = null) =>
        PatientDetails.Create(new PatientDetailsInput("M-1", "王建国", null, "male", "1961-06-15", null, null, "zh-Hans", onset, diagnosis, site, death), Today).Value;

    [Fact]
    public void EmptyHistory_IsFilled()
    {
        var filled = Details().WithHistoryGapsFilled(new DateOnly(2024, 3, 1), OnsetSite.UpperLimb, new DateOnly(2025, 1, 15));

        Assert.Equal((new DateOnly(2024, 3, 1), OnsetSite.UpperLimb, new DateOnly(2025, 1, 15)), (filled.OnsetDate, filled.OnsetSite, filled.DiagnosisDate));
    }

    [Fact]
    public void RecordedValues_AreNeverOverwritten()
    {
        var recorded = Details("2023-10-01", "2024-12-01", "bulbar");

        var filled = recorded.WithHistoryGapsFilled(new DateOnly(2024, 3, 1), OnsetSite.UpperLimb, new DateOnly(2025, 1, 15));

        Assert.Equal(recorded, filled);
        Assert.Empty(filled.ChangesSince(recorded));
    }

    // A questionnaire date that contradicts a recorded date is left out rather than making the record invalid.
    [Fact]
    public void DateOutOfOrderWithTheRecord_IsLeftOut()
    {
        var filled = Details(diagnosis: "2024-01-10").WithHistoryGapsFilled(new DateOnly(2024, 3, 1), OnsetSite.LowerLimb, null);

        Assert.Null(filled.OnsetDate);
        Assert.Equal(OnsetSite.LowerLimb, filled.OnsetSite);
        Assert.Equal([new("onsetSite", null, "lowerLimb")], filled.ChangesSince(Details(diagnosis: "2024-01-10")));
    }

    [Fact]
    public void OnlyTheMissingField_IsFilled()
    {
        var filled = Details(onset: "2023-05-01").WithHistoryGapsFilled(new DateOnly(2024, 3, 1), null, new DateOnly(2025, 1, 15));

        Assert.Equal((new DateOnly(2023, 5, 1), new DateOnly(2025, 1, 15)), (filled.OnsetDate, filled.DiagnosisDate));
    }
}
