namespace MndCare.Domain.Consultations;

/// <summary>Where a consultation request stands, as the patient and the clinic both see it.</summary>
/// <remarks>Stored by name; the names are part of the data and never renamed.</remarks>
public enum ConsultationStatus
{
    /// <summary>Opened by the patient or family and still being filled in; the clinic does not see it yet.</summary>
    Draft,

    /// <summary>Sent to the clinic and waiting in the triage queue.</summary>
    Submitted,

    /// <summary>Assigned to a clinician who is assessing it.</summary>
    InReview,

    /// <summary>The clinic asked for more information; the patient can edit and add files, then send it again.</summary>
    InformationRequested,

    /// <summary>A signed consultation report has been issued.</summary>
    Answered,

    /// <summary>The clinic declined the request, with a reason.</summary>
    Declined,
}
