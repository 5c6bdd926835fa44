namespace MndCare.Application.Reports;

/// <summary>Who signed a report version electronically, and when.</summary>
/// <param name="SignedBy">The signer's display name.</param>
/// <param name="Role">The signer's role, e.g. "Consultant neurologist".</param>
/// <param name="SignedAt">The signing time, with the offset of the clinic's time zone at that moment.</param>
/// <param name="Version">The report version this signature covers (1 for the first).</param>
/// <param name="SupersedesNote">A line saying which earlier version this one replaces and why, or null.</param>
public sealed record ReportSignature(string SignedBy, string Role, DateTimeOffset SignedAt, int Version, string? SupersedesNote)
{
    /// <summary>The signature as the PDF prints it, in the report's language: who, in what role, when (with the offset), which version.</summary>
    /// <param name="languageTag">The report's language.</param>
    public string Sentence(string languageTag) => ReportLabels.For(languageTag).Signed(this);
}
