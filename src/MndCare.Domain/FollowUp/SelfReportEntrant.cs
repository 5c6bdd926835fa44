namespace MndCare.Domain.FollowUp;

/// <summary>Who entered a self-administered ALSFRS-R.</summary>
public enum SelfReportEntrant
{
    /// <summary>The patient themself.</summary>
    Patient,

    /// <summary>A caregiver or relative, acting for the patient (their answers describe the patient).</summary>
    Caregiver,
}
