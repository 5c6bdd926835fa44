namespace MndCare.Application.Reports;

/// <summary>A picture in a report (a chart), drawn across the body width at its own aspect ratio, with a caption below it.</summary>
/// <remarks>The caption is the picture's text for readers who cannot see it, and is extractable from the PDF.</remarks>
/// <param name="Png">The picture as PNG bytes.</param>
/// <param name="Caption">What the picture shows, in the report's language.</param>
public sealed record ReportImage(byte[] Png, string Caption) : ReportBlock;
