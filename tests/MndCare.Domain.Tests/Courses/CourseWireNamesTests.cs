using MndCare.Domain.Courses;
using MndCare.Domain.Patients;

namespace MndCare.Domain.Tests.Courses;

// Wire names are contracts (issue 8's JSON API; docs/therapy/courses.md, "Wire names").
public sealed class CourseWireNamesTests
{
    [Fact]
    public void Names_AreTheDocumentedOnes()
    {
        Assert.Equal(["mscInfusion", "acupuncture", "herbalMedicine", "moxibustion", "tuina", "assessment"], WireNames.All<SessionKind>());
        Assert.Equal(["acupuncture", "herbalMedicine", "moxibustion", "tuina"], WireNames.All<TcmModality>());
        Assert.Equal(["planned", "inProgress", "completed", "stoppedEarly"], WireNames.All<CourseStatus>());
        Assert.Equal(["alsfrsR", "fvc", "weight", "safetyLabs"], WireNames.All<CourseAssessmentKind>());
        Assert.Equal(["baseline", "endOfCourse"], WireNames.All<AssessmentTimepoint>());
        Assert.Equal(["riluzole", "edaravone", "tofersen", "other"], WireNames.All<KnownMedication>());
        Assert.Equal(["roomDoubleBooked", "staffDoubleBooked", "patientDoubleBooked"], WireNames.All<BookingConflictKind>());
    }

    [Fact]
    public void Parse_IsExactAndCaseSensitive()
    {
        Assert.Equal(CourseStatus.StoppedEarly, WireNames.Parse<CourseStatus>("stoppedEarly"));
        Assert.Null(WireNames.Parse<CourseStatus>("StoppedEarly"));
        Assert.Null(WireNames.Parse<SessionKind>(null));
        Assert.Equal(TcmModality.Tuina, WireNames.Parse<TcmModality>("tuina"));
        Assert.Throws<ArgumentOutOfRangeException>(() => WireNames.All<DayOfWeek>());
    }
}
