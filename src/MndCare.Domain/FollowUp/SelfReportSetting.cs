namespace MndCare.Domain.FollowUp;

/// <summary>Where a self-administered ALSFRS-R was filled in.</summary>
/// <remarks>Kept because setting and mode may bias scores (clinical reference, ALSFRS-R 1.4: "store the administration mode").</remarks>
public enum SelfReportSetting
{
    /// <summary>At home, through the portal.</summary>
    Home,
}
