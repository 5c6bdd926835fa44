using MndCare.Domain.Consultations;

namespace MndCare.Domain.Tests.Consultations;

// Issue 7, code health: what each status allows is one table in the domain, and the aggregate's transitions follow it.
public sealed class ConsultationStatusRulesTests
{
    // Status, patient edits, file withdrawal, seen by the clinic, messages, triage, information request, report.
    public static TheoryData<ConsultationStatus, bool, bool, bool, bool, bool, bool, bool> Table() => new()
    {
        { ConsultationStatus.Draft, true, true, false, false, false, false, false },
        { ConsultationStatus.Submitted, false, true, true, true, true, true, false },
        { ConsultationStatus.InReview, false, true, true, true, true, true, true },
        { ConsultationStatus.InformationRequested, true, true, true, true, true, false, false },
        { ConsultationStatus.Answered, false, false, true, true, false, false, true },
        { ConsultationStatus.Declined, false, false, true, true, false, false, false },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void EachStatus_AllowsExactlyItsActions(ConsultationStatus status, bool patientEdits, bool withdrawal, bool visible, bool messages,
        bool triage, bool informationRequest, bool report)
    {
        Assert.Equal(patientEdits, status.AllowsPatientEdits());
        Assert.Equal(withdrawal, status.AllowsFileWithdrawal());
        Assert.Equal(visible, status.IsVisibleToClinic());
        Assert.Equal(messages, status.AllowsMessages());
        Assert.Equal(triage, status.AllowsTriage());
        Assert.Equal(informationRequest, status.AllowsInformationRequest());
        Assert.Equal(report, status.AllowsReport());
    }

    [Fact]
    public void TheClinic_SeesEveryStatusButDraft() =>
        Assert.Equal([ConsultationStatus.Submitted, ConsultationStatus.InReview, ConsultationStatus.InformationRequested, ConsultationStatus.Answered,
            ConsultationStatus.Declined], ConsultationStatusRules.VisibleToClinic);

    [Fact]
    public void Transitions_AreRefusedExactlyWhereTheRulesSayNo()
    {
        foreach (var status in Enum.GetValues<ConsultationStatus>())
        {
            var now = new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);
            Assert.Equal(status.AllowsTriage(), In(status).Assign(Guid.NewGuid(), now, Guid.NewGuid()).IsSuccess);
            Assert.Equal(status.AllowsTriage(), In(status).Decline("Out of scope", now, Guid.NewGuid()).IsSuccess);
            Assert.Equal(status.AllowsInformationRequest(), In(status).RequestInformation(now, Guid.NewGuid()).IsSuccess);
            Assert.Equal(status.AllowsReport(), In(status).Answer(now, Guid.NewGuid()).IsSuccess);
            Assert.Equal(status.AllowsPatientEdits(), In(status).Submit(now, Guid.NewGuid()).IsSuccess);
            Assert.Equal(status.AllowsPatientEdits(), In(status).SaveAnswers(new QuestionnaireAnswers(), now, Guid.NewGuid()).IsSuccess);
        }
    }

    /// <summary>A consultation brought to <paramref name="status"/> through the transitions a patient and a clinic make.</summary>
    private static Consultation In(ConsultationStatus status)
    {
        var at = new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);
        var c = Consultation.Open(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), at, Guid.NewGuid());
        void Step(bool ok) => Assert.True(ok);
        switch (status)
        {
            case ConsultationStatus.Draft:
                break;
            case ConsultationStatus.Submitted:
                Step(c.Submit(at, Guid.NewGuid()).IsSuccess);
                break;
            case ConsultationStatus.InReview:
                Step(c.Submit(at, Guid.NewGuid()).IsSuccess);
                Step(c.Assign(Guid.NewGuid(), at, Guid.NewGuid()).IsSuccess);
                break;
            case ConsultationStatus.InformationRequested:
                Step(c.Submit(at, Guid.NewGuid()).IsSuccess);
                Step(c.RequestInformation(at, Guid.NewGuid()).IsSuccess);
                break;
            case ConsultationStatus.Answered:
                Step(c.Submit(at, Guid.NewGuid()).IsSuccess);
                Step(c.Assign(Guid.NewGuid(), at, Guid.NewGuid()).IsSuccess);
                Step(c.Answer(at, Guid.NewGuid()).IsSuccess);
                break;
            case ConsultationStatus.Declined:
                Step(c.Submit(at, Guid.NewGuid()).IsSuccess);
                Step(c.Decline("Not motor neuron disease.", at, Guid.NewGuid()).IsSuccess);
                break;
        }
        Assert.Equal(status, c.Status);
        return c;
    }
}
