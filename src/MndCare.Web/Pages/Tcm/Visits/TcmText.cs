namespace MndCare.Web.Pages.Tcm.Visits;

/// <summary>The resource keys of TCM wire names, so every page words a modality, side or technique the same way.</summary>
public static class TcmText
{
    /// <summary>The key of a modality ("acupuncture", "moxibustion", "tuina").</summary>
    public static string Modality(string wireName) => "tcm.modality." + wireName;

    /// <summary>The key of a side ("left", "right", "bilateral", "midline").</summary>
    public static string Side(string wireName) => "tcm.side." + wireName;

    /// <summary>The key of a technique ("manual", "electro").</summary>
    public static string Technique(string wireName) => "tcm.technique." + wireName;
}
