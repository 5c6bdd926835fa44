namespace MndCare.Domain.Consultations.Files;

/// <summary>Where a stream's data lies in the file, and its dictionary's facts.</summary>
/// <param name="Start">The offset of the first data byte.</param>
/// <param name="End">The offset just after the last data byte.</param>
/// <param name="Facts">The facts of the stream dictionary.</param>
internal readonly record struct PdfStreamLocation(int Start, int End, PdfStreamFacts Facts);
