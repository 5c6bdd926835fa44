namespace MndCare.Domain.Infusions;

/// <summary>Time from thaw to the end of the infusion (or to now while it runs), against the lot's limit.</summary>
/// <remarks>Thawed UC-MSC in Lactated Ringer's fell from 94.4 % viability after thaw to 81.1 % at 90 minutes and 59.4 %
/// at the last drop (~385 minutes), while a PBS + 5 % human albumin carrier kept them above 90 % [S26] (therapy reference
/// A5). No universal limit is verified: the limit is the lot's (manufacturer's instructions); without one, nothing is
/// judged. docs/therapy/infusion.md, "Thaw to end".</remarks>
/// <param name="Elapsed">Time from thaw to the end (or to now).</param>
/// <param name="Limit">The lot's limit; null when the lot states none.</param>
/// <param name="Ended">Whether the infusion has ended (false: measured to now).</param>
public sealed record ThawToEndCheck(TimeSpan Elapsed, TimeSpan? Limit, bool Ended)
{
    /// <summary>Whether the elapsed time is beyond the lot's limit: the warning to show.</summary>
    public bool Exceeded => Elapsed > Limit;
}
