using MndCare.Domain.Courses;

namespace MndCare.Domain.Tests.Courses;

// Wire names are contracts (issue 8's JSON API; docs/therapy/courses.md, "Wire names").
public sealed class CourseWireNamesTests
{
    [Fact]
    public void Names_AreTheDocumentedOnes()
    {
        Assert.Equal(["mscInfusion", "acupuncture", "herbalMedicine", "moxibustion", "tuina", "assessment"], CourseWireNames.All<SessionKind>());
        Assert.Equal(["acupuncture", "herbalMedicine", "moxibustion", "tuina"], CourseWireNames.All<TcmModality>());
        Assert.Equal(["planned", "inProgress", "completed", "stoppedEarly"], CourseWireNames.All<CourseStatus>());
        Assert.Equal(["alsfrsR", "fvc", "weight", "safetyLabs"], CourseWireNames.All<CourseAssessmentKind>());
        Assert.Equal(["baseline", "endOfCourse"], CourseWireNames.All<AssessmentTimepoint>());
        Assert.Equal(["riluzole", "edaravone", "tofersen", "other"], CourseWireNames.All<KnownMedication>());
        Assert.Equal(["roomDoubleBooked", "staffDoubleBooked", "patientDoubleBooked"], CourseWireNames.All<BookingConflictKind>());
    }

    [Fact]
    public void Parse_IsExactAndCaseSensitive()
    {
        Assert.Equal(CourseStatus.StoppedEarly, CourseWireNames.Parse<CourseStatus>("stoppedEarly"));
        Assert.Null(CourseWireNames.Parse<CourseStatus>("StoppedEarly"));
        Assert.Null(CourseWireNames.Parse<SessionKind>(null));
        Assert.Equal(TcmModality.Tuina, CourseWireNames.Parse<TcmModality>("tuina"));
        Assert.Throws<ArgumentOutOfRangeException>(() => CourseWireNames.All<DayOfWeek>());
    }
}
