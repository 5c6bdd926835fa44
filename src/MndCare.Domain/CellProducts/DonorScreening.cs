namespace MndCare.Domain.CellProducts;

/// <summary>One infectious-disease test of a donor: the marker, its result and the date the sample was tested.</summary>
/// <param name="Marker">The marker.</param>
/// <param name="Result">Reactive or not reactive.</param>
/// <param name="TestedOn">The test date.</param>
public sealed record DonorScreening(InfectiousMarker Marker, ScreeningResult Result, DateOnly TestedOn);

/// <summary>Why a donor's screening is not complete and negative.</summary>
public enum ScreeningProblem
{
    /// <summary>The marker has no result.</summary>
    Missing,

    /// <summary>The marker is reactive.</summary>
    Reactive,
}

/// <summary>One marker that keeps a donor's lots from release.</summary>
/// <param name="Marker">The marker.</param>
/// <param name="Problem">Missing or reactive.</param>
public sealed record ScreeningGap(InfectiousMarker Marker, ScreeningProblem Problem)
{
    /// <summary>The marker's wire name (hiv, hbv, ...).</summary>
    public string MarkerCode => CellProductWireNames.Of(Marker);

    /// <summary>The problem's wire name: missing or reactive.</summary>
    public string ProblemCode => Problem switch
    {
        ScreeningProblem.Missing => "missing",
        ScreeningProblem.Reactive => "reactive",
    };
}
