using MndCare.Domain.Consultations;
using MndCare.Domain.Results;

namespace MndCare.Domain.Tests.Consultations;

public sealed class ConsultationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    private static Consultation Draft() => Consultation.Open(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Now, Guid.NewGuid());

    private static string? Refusal<T>(Result<T> result) => result.IsSuccess ? null : result.Errors[0].Code;

    [Fact]
    public void HappyPath_DraftToAnswered()
    {
        var c = Draft();
        Assert.True(c.IsEditableByPatient);
        Assert.False(c.IsVisibleToClinic);

        Assert.True(c.Submit(Now.AddHours(1), Guid.NewGuid()).IsSuccess);
        Assert.Equal(ConsultationStatus.Submitted, c.Status);
        Assert.Equal(Now.AddHours(1).UtcDateTime, c.SubmittedAtUtc);
        Assert.False(c.IsEditableByPatient);

        Assert.True(c.Assign(Guid.NewGuid(), Now.AddHours(2), Guid.NewGuid()).IsSuccess);
        Assert.Equal(ConsultationStatus.InReview, c.Status);

        Assert.True(c.RequestInformation(Now.AddHours(3), Guid.NewGuid()).IsSuccess);
        Assert.True(c.IsEditableByPatient);
        Assert.True(c.Submit(Now.AddHours(4), Guid.NewGuid()).IsSuccess);
        Assert.Equal(ConsultationStatus.InReview, c.Status);
        Assert.Equal(Now.AddHours(1).UtcDateTime, c.SubmittedAtUtc);

        Assert.True(c.Answer(Now.AddHours(5), Guid.NewGuid()).IsSuccess);
        Assert.Equal(ConsultationStatus.Answered, c.Status);
        Assert.False(c.AllowsWithdrawal);
        Assert.True(c.Answer(Now.AddHours(6), Guid.NewGuid()).IsSuccess);
    }

    [Fact]
    public void Draft_CannotBeAssignedAnsweredOrDeclined()
    {
        var c = Draft();
        Assert.Equal("invalidTransition", Refusal(c.Assign(Guid.NewGuid(), Now, Guid.NewGuid())));
        Assert.Equal("invalidTransition", Refusal(c.Answer(Now, Guid.NewGuid())));
        Assert.Equal("invalidTransition", Refusal(c.Decline("Out of scope", Now, Guid.NewGuid())));
        Assert.Equal("invalidTransition", Refusal(c.RequestInformation(Now, Guid.NewGuid())));
    }

    [Fact]
    public void Submitted_CannotBeEditedOrSentTwice()
    {
        var c = Draft();
        c.Submit(Now, Guid.NewGuid());
        Assert.Equal("invalidTransition", Refusal(c.SaveAnswers(new QuestionnaireAnswers(), Now, Guid.NewGuid())));
        Assert.Equal("invalidTransition", Refusal(c.Submit(Now, Guid.NewGuid())));
        Assert.Equal("invalidTransition", Refusal(c.Answer(Now, Guid.NewGuid())));
    }

    [Fact]
    public void Declined_IsClosedWithItsReason()
    {
        var c = Draft();
        c.Submit(Now, Guid.NewGuid());
        Assert.True(c.Decline("Not motor neuron disease on the files sent.", Now, Guid.NewGuid()).IsSuccess);
        Assert.Equal(ConsultationStatus.Declined, c.Status);
        Assert.Equal("Not motor neuron disease on the files sent.", c.DeclineReason);
        Assert.False(c.AllowsWithdrawal);
        Assert.Equal("invalidTransition", Refusal(c.Assign(Guid.NewGuid(), Now, Guid.NewGuid())));
    }

    [Fact]
    public void Version_ChangesOnEveryChange()
    {
        var c = Draft();
        var before = c.Version;
        var next = Guid.NewGuid();
        c.SaveAnswers(new QuestionnaireAnswers { Goals = "x" }, Now, next);
        Assert.NotEqual(before, c.Version);
        Assert.Equal(next, c.Version);
    }

    [Fact]
    public void PatientMessages_AreUnreadUntilTheFirstClinicReader_ClinicMessagesNever()
    {
        var fromPatient = ConsultationMessage.Create(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), fromClinic: false, "Here is the EMG.", Now).Value;
        var fromClinic = ConsultationMessage.Create(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), fromClinic: true, "Thank you.", Now).Value;
        Assert.True(fromPatient.IsUnreadByClinic);
        Assert.False(fromClinic.IsUnreadByClinic);

        var first = Guid.NewGuid();
        fromPatient.MarkReadByClinic(first, Now.AddHours(1));
        fromPatient.MarkReadByClinic(Guid.NewGuid(), Now.AddHours(2));

        Assert.False(fromPatient.IsUnreadByClinic);
        Assert.Equal(first, fromPatient.ReadByClinicUserId);
        Assert.Equal(Now.AddHours(1).UtcDateTime, fromPatient.ReadByClinicAtUtc);
    }
}
