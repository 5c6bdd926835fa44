namespace MndCare.Domain.Consultations.Files;

/// <summary>The entries of a stream dictionary that decide how the stream is skipped, decoded and scanned.</summary>
/// <param name="Length">The direct /Length, or null when absent or a reference.</param>
/// <param name="Filters">What /Filter says.</param>
/// <param name="HasDecodeParameters">Whether /DecodeParms (or /DP) has a non-null value.</param>
/// <param name="IsObjectStream">Whether the stream is, or could be read as, an object stream (/Type /ObjStm or a /First entry).</param>
/// <param name="First">The direct /First, or null.</param>
/// <param name="ObjectCount">The direct /N, or null.</param>
internal readonly record struct PdfStreamFacts(
    long? Length, PdfFilterChain Filters, bool HasDecodeParameters, bool IsObjectStream, long? First, long? ObjectCount);
