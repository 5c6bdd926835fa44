namespace MndCare.Application.Consultations;

/// <summary>One uploaded file as the web layer received it; the name and declared type are never trusted.</summary>
/// <param name="Content">The content, read once to its end.</param>
/// <param name="FileName">The name the browser sent (kept only as sanitised display text).</param>
/// <param name="Category">The category's wire name.</param>
/// <param name="DocumentDate">The document's own date, yyyy-MM-dd, optional.</param>
public sealed record FileUpload(Stream Content, string? FileName, string? Category, string? DocumentDate);
