namespace MndCare.Domain.FollowUp;

/// <summary>Where a clinical event or a vital-status check was learned.</summary>
public enum ClinicalEventSource
{
    /// <summary>Recorded by the clinic's staff (a visit, a call, a letter from another hospital).</summary>
    Clinic,

    /// <summary>Reported by the patient or their family through the portal.</summary>
    Portal,
}
