namespace MndCare.Domain.Consultations;

/// <summary>Wire names of <see cref="ProgrammeRecommendation"/> (camelCase, as in the API).</summary>
public static class ProgrammeRecommendationNames
{
    /// <summary>The wire name.</summary>
    public static string Of(ProgrammeRecommendation value) => value switch
    {
        ProgrammeRecommendation.OfferProgramme => "offerProgramme",
        ProgrammeRecommendation.DoNotOffer => "doNotOffer",
        ProgrammeRecommendation.NeedsFurtherInformation => "needsFurtherInformation",
    };
}
