namespace MndCare.Domain.Patients;

/// <summary>The language a patient reads letters and reports in.</summary>
public enum PreferredLanguage
{
    /// <summary>English (BCP 47 "en").</summary>
    English,

    /// <summary>Simplified Chinese (BCP 47 "zh-Hans").</summary>
    SimplifiedChinese,
}
