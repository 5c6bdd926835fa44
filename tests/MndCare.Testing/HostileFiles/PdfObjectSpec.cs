namespace MndCare.Testing.HostileFiles;

/// <summary>One indirect object for <see cref="MinimalPdf"/>; objects are numbered from 1 in list order.</summary>
/// <param name="Body">The object's text: a dictionary, or for a stream its dictionary without /Length.</param>
/// <param name="Stream">The stream data, already encoded as the dictionary's /Filter says; null for a plain object.</param>
/// <param name="Compressed">Whether the object goes into the object stream (only for <see cref="MinimalPdf.WriteWithObjectStream"/>).</param>
public sealed record PdfObjectSpec(string Body, byte[]? Stream = null, bool Compressed = false);
