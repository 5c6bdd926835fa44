using MndCare.Domain.Assessments;
using MndCare.Domain.Consultations;

namespace MndCare.Application.Assessments;

/// <summary>What the patient's questionnaire says for their first assessment, each value shown with its source for the
/// clinician to confirm; nothing of it is recorded until the clinician saves the assessment.</summary>
/// <remarks>docs/instruments/questionnaire-prefill.md: the height and a named C9orf72 variant prefill the form; a
/// reported cognitive or behavioural change is information next to FTD (it is not an FTD diagnosis); medicines are
/// information.</remarks>
/// <param name="ConsultationId">The consultation the answers belong to.</param>
/// <param name="SentOn">The date the questionnaire was last sent, in the clinic's time zone.</param>
/// <param name="Answers">The answers as sent.</param>
public sealed record QuestionnairePrefill(Guid ConsultationId, DateOnly SentOn, QuestionnaireAnswers Answers)
{
    /// <summary>The C9orf72 status the answers establish (yes or not known, never no).</summary>
    public YesNoNotKnown C9orf72 => Answers.C9orf72Status();

    /// <summary>The medicines the patient takes now, by wire name (riluzole, edaravone, tofersen).</summary>
    public IReadOnlyList<string> NamedMedicines =>
    [
        .. new (string Name, bool? Takes)[] { ("riluzole", Answers.TakesRiluzole), ("edaravone", Answers.TakesEdaravone), ("tofersen", Answers.TakesTofersen) }
            .Where(m => m.Takes == true).Select(m => m.Name),
    ];

    /// <summary>The form prefilled with what the questionnaire establishes: height and C9orf72.</summary>
    /// <param name="form">The empty entry form.</param>
    public AssessmentForm Fill(AssessmentForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        form.HeightCm ??= Answers.HeightCm?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        form.C9orf72 = C9orf72.WireName();
        return form;
    }
}

/// <summary>The entry form for a new assessment.</summary>
/// <param name="PatientName">The patient's name.</param>
/// <param name="Form">The form, dated today in the clinic, prefilled for a first assessment.</param>
/// <param name="Prefill">What the questionnaire said, or null when nothing was prefilled.</param>
public sealed record AssessmentStart(string PatientName, AssessmentForm Form, QuestionnairePrefill? Prefill);
