using MndCare.Domain.Courses;

namespace MndCare.Domain.Tcm.Visits;

/// <summary>The exact, case-sensitive strings that stand for TCM session values in the API and the pages.</summary>
/// <remarks>docs/tcm/visits-and-sessions.md, "API"; contracts, never renamed. Modalities use <see cref="CourseWireNames"/>.</remarks>
public static class TcmWireNames
{
    /// <summary>The modalities a session records (herbal medicine is a prescription, not a session).</summary>
    public static IReadOnlyList<TcmModality> SessionModalities { get; } = [TcmModality.Acupuncture, TcmModality.Moxibustion, TcmModality.Tuina];

    /// <summary>The wire name of a side.</summary>
    /// <param name="value">The value.</param>
    public static string Of(AcupointSide value) => value switch
    {
        AcupointSide.Left => "left",
        AcupointSide.Right => "right",
        AcupointSide.Bilateral => "bilateral",
        AcupointSide.Midline => "midline",
    };

    /// <summary>The wire name of a technique.</summary>
    /// <param name="value">The value.</param>
    public static string Of(NeedlingTechnique value) => value switch
    {
        NeedlingTechnique.Manual => "manual",
        NeedlingTechnique.Electro => "electro",
    };

    /// <summary>The side with this wire name, or null.</summary>
    /// <param name="text">The wire name.</param>
    public static AcupointSide? ParseSide(string? text) => Enum.GetValues<AcupointSide>().Select(v => (AcupointSide?)v).FirstOrDefault(v => Of(v!.Value) == text);

    /// <summary>The technique with this wire name, or null.</summary>
    /// <param name="text">The wire name.</param>
    public static NeedlingTechnique? ParseTechnique(string? text) =>
        Enum.GetValues<NeedlingTechnique>().Select(v => (NeedlingTechnique?)v).FirstOrDefault(v => Of(v!.Value) == text);

    /// <summary>The session modality with this wire name, or null (herbal medicine is not one).</summary>
    /// <param name="text">The wire name.</param>
    public static TcmModality? ParseModality(string? text) =>
        SessionModalities.Select(v => (TcmModality?)v).FirstOrDefault(v => CourseWireNames.Of(v!.Value) == text);
}
