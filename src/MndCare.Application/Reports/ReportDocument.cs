namespace MndCare.Application.Reports;

/// <summary>A report as content only (no PDF types), so the same document renders to PDF or to HTML.</summary>
/// <param name="Title">The title at the top of the first page and in the PDF document info.</param>
/// <param name="LanguageTag">"en" or "zh-Hans": the language of the renderer's own words (footer, signature line).</param>
/// <param name="Meta">Label: value lines under the title (patient, date, reference).</param>
/// <param name="Sections">The sections, in reading order.</param>
/// <param name="Signature">The electronic signature printed at the end, or null for an unsigned draft.</param>
/// <param name="FooterText">Text in the footer of every page, next to the page number.</param>
public sealed record ReportDocument(
    string Title,
    string LanguageTag,
    IReadOnlyList<ReportMetaLine> Meta,
    IReadOnlyList<ReportSection> Sections,
    ReportSignature? Signature,
    string FooterText);
