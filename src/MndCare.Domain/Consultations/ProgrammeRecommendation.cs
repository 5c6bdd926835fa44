namespace MndCare.Domain.Consultations;

/// <summary>What the clinician recommends at the end of a consultation.</summary>
public enum ProgrammeRecommendation
{
    /// <summary>The patient may join the programme; the report carries a proposed plan.</summary>
    OfferProgramme,

    /// <summary>The programme is not recommended; the report says why and what else to consider.</summary>
    DoNotOffer,

    /// <summary>No decision until further tests or records are available.</summary>
    NeedsFurtherInformation,
}
