namespace MndCare.Application.Consultations;

/// <summary>A verified file ready to send: content, server-decided type and a sanitised name.</summary>
/// <param name="Content">The plaintext, whose SHA-256 matched the stored hash.</param>
/// <param name="ContentType">The MIME type decided from the content at upload.</param>
/// <param name="FileName">The sanitised display name.</param>
public sealed record FileDownload(byte[] Content, string ContentType, string FileName);
