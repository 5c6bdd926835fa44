namespace MndCare.Domain.Consultations.Files;

/// <summary>The outcome of one linear pass over a PDF file's tokens.</summary>
/// <param name="Names">Encryption and active content seen in the file's own dictionaries.</param>
/// <param name="Malformed">Whether the pass met something no reader could parse the same way (see <see cref="PdfBodyScanner"/>).</param>
/// <param name="Streams">Every stream, in file order, for decoding afterwards.</param>
internal sealed record PdfBodyScan(PdfNameFindings Names, bool Malformed, IReadOnlyList<PdfStreamLocation> Streams);
