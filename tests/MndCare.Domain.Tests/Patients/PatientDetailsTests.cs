using FsCheck;
using FsCheck.Fluent;
using MndCare.Domain.Patients;
using MndCare.Domain.Results;

namespace MndCare.Domain.Tests.Patients;

public sealed class PatientDetailsTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    private static PatientDetailsInput Valid() => new("MRN-001", "王芳", "Wang Fang", "female", "1970-05-01", "+86 138 0000 0000",
        "wang.fang@example.org", "zh-Hans", "2025-02-01", "2025-09-01", "bulbar", null);

    private static IEnumerable<(string Field, string Code)> Errors(PatientDetailsInput input) =>
        PatientDetails.Create(input, Today).Errors.OfType<ValidationError>().Select(e => (e.Field, e.Code));

    [Fact]
    public void Create_ValidInput_KeepsEveryField()
    {
        var details = PatientDetails.Create(Valid(), Today).Value;

        Assert.Equal("MRN-001", details.Mrn);
        Assert.Equal(Sex.Female, details.Sex);
        Assert.Equal(new DateOnly(1970, 5, 1), details.BirthDate);
        Assert.Equal(PreferredLanguage.SimplifiedChinese, details.PreferredLanguage);
        Assert.Equal(OnsetSite.Bulbar, details.OnsetSite);
    }

    [Fact]
    public void Create_EverythingMissing_NamesEveryRequiredField()
    {
        var errors = Errors(new PatientDetailsInput(null, null, null, null, null, null, null, null)).ToList();

        Assert.Equivalent(new[] { ("mrn", "required"), ("nativeName", "required"), ("sex", "required"), ("preferredLanguage", "required"), ("birthDate", "required") },
            errors);
    }

    // Security test plan D2: ISO yyyy-MM-dd only; impossible calendar dates refused.
    [Theory]
    [InlineData("03/04/2025")]
    [InlineData("2025-3-4")]
    [InlineData("20250304")]
    [InlineData("2025-03-04T25:00")]
    [InlineData("2023-02-29")]
    public void Create_MalformedBirthDate_IsInvalidDate(string birthDate) =>
        Assert.Contains(("birthDate", "invalidDate"), Errors(Valid() with { BirthDate = birthDate }));

    [Fact]
    public void Create_LeapDay_IsAccepted() =>
        Assert.True(PatientDetails.Create(Valid() with { BirthDate = "1964-02-29" }, Today).IsSuccess);

    // Security test plan D2: future dates, birth after onset, onset after diagnosis, implausible ages.
    [Theory]
    [InlineData("birthDate", "2026-11-27", "futureDate")]
    [InlineData("onsetDate", "2026-11-27", "futureDate")]
    [InlineData("birthDate", "1900-01-01", "implausibleAge")]
    [InlineData("birthDate", "0001-01-01", "implausibleAge")]
    [InlineData("birthDate", "2026-11-26", "implausibleAge")]
    [InlineData("onsetDate", "1969-01-01", "onsetBeforeBirth")]
    [InlineData("diagnosisDate", "2025-01-31", "diagnosisBeforeOnset")]
    [InlineData("deathDate", "2025-08-31", "deathBeforeDiagnosis")]
    public void Create_ImpossibleDate_IsRefused(string field, string value, string code)
    {
        var input = field switch
        {
            "birthDate" => Valid() with { BirthDate = value },
            "onsetDate" => Valid() with { OnsetDate = value },
            "diagnosisDate" => Valid() with { DiagnosisDate = value },
            _ => Valid() with { DeathDate = value },
        };

        Assert.Contains((field, code), Errors(input));
    }

    [Fact]
    public void Create_TodayIsNotTheFuture() =>
        Assert.True(PatientDetails.Create(Valid() with { DeathDate = "2026-11-26" }, Today).IsSuccess);

    [Fact]
    public void Create_OnsetOnTheDayOfDiagnosis_IsAccepted() =>
        Assert.True(PatientDetails.Create(Valid() with { OnsetDate = "2025-09-01" }, Today).IsSuccess);

    // Enum values are exact and case-sensitive.
    [Theory]
    [InlineData("Female")]
    [InlineData("f")]
    [InlineData("")]
    public void Create_UnknownSex_IsRefused(string sex) =>
        Assert.Contains(Errors(Valid() with { Sex = sex }), e => e.Field == "sex");

    [Theory]
    [InlineData("../etc/passwd")]
    [InlineData("-rf")]
    [InlineData("MRN 1")]
    [InlineData("病历1")]
    public void Create_MrnWithForbiddenCharacters_IsInvalidFormat(string mrn) =>
        Assert.Contains(("mrn", "invalidFormat"), Errors(Valid() with { Mrn = mrn }));

    [Fact]
    public void Create_Markup_IsStoredVerbatim()
    {
        var details = PatientDetails.Create(Valid() with { NativeName = "<script>window.__xss=1</script>" }, Today).Value;

        Assert.Equal("<script>window.__xss=1</script>", details.NativeName);
    }

    [Fact]
    public void ChangesSince_ReportsOnlyChangedFieldsWithOldAndNewValues()
    {
        var before = PatientDetails.Create(Valid(), Today).Value;
        var after = PatientDetails.Create(Valid() with { Phone = "+86 139 0000 0000", LatinName = null }, Today).Value;

        var changes = after.ChangesSince(before);

        Assert.Equal(
            [new("latinName", "Wang Fang", null), new("phone", "+86 138 0000 0000", "+86 139 0000 0000")],
            changes);
    }

    [Fact]
    public void ChangesSince_NewRecord_ListsEveryGivenField()
    {
        var details = PatientDetails.Create(Valid(), Today).Value;

        var changes = details.ChangesSince(null);

        Assert.All(changes, c => Assert.Null(c.Old));
        Assert.Contains(changes, c => c is { Field: "birthDate", New: "1970-05-01" });
        Assert.DoesNotContain(changes, c => c.Field == "deathDate");
    }

    private static readonly Arbitrary<(DateOnly Birth, DateOnly Onset, DateOnly Diagnosis)> OrderedDates = (
        from age in Gen.Choose(20 * 365, 90 * 365)
        from toOnset in Gen.Choose(0, int.MaxValue)
        from toDiagnosis in Gen.Choose(0, int.MaxValue)
        let birth = Today.AddDays(-age)
        let onset = birth.AddDays(1 + (toOnset % (age - 1)))
        select (birth, onset, onset.AddDays(1 + (toDiagnosis % (Today.DayNumber - onset.DayNumber))))).ToArbitrary();

    // Security test plan FZ-02: the date rules are monotone: every birth < onset < diagnosis <= today passes them (onset on the birth date is refused), and the
    // same dates with onset and diagnosis swapped are always refused.
    [FsCheck.Xunit.Property(MaxTest = 1000)]
    public Property DateRules_OrderedDatesPass_SwappedDatesAreRefused() =>
        Prop.ForAll(OrderedDates, d =>
        {
            var ordered = Valid() with
            {
                BirthDate = PatientDetails.FormatDate(d.Birth), OnsetDate = PatientDetails.FormatDate(d.Onset),
                DiagnosisDate = PatientDetails.FormatDate(d.Diagnosis),
            };
            var swapped = ordered with { OnsetDate = ordered.DiagnosisDate, DiagnosisDate = ordered.OnsetDate };
            return !Errors(ordered).Any() && Errors(swapped).Contains(("diagnosisDate", "diagnosisBeforeOnset"));
        });
}
