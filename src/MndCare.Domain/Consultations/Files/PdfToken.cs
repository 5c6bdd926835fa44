namespace MndCare.Domain.Consultations.Files;

/// <summary>One token: its kind and where its bytes are in the input.</summary>
/// <param name="Kind">The kind of token.</param>
/// <param name="Start">The offset of its first byte.</param>
/// <param name="End">The offset just after its last byte.</param>
internal readonly record struct PdfToken(PdfTokenKind Kind, int Start, int End);
