using MndCare.Application.Reports;

namespace MndCare.Application.Consultations.Reports;

/// <summary>A signed report as stored: the content shown on the page is the content of the PDF.</summary>
/// <param name="Id">The report id.</param>
/// <param name="ConsultationId">The consultation.</param>
/// <param name="VersionNumber">1, 2, …</param>
/// <param name="Language">The language of this content and of <paramref name="PdfSha256"/> (en or zh-Hans).</param>
/// <param name="Languages">Every language the report was signed in, the patient's first.</param>
/// <param name="Document">The signed content.</param>
/// <param name="SignerName">Who signed.</param>
/// <param name="SignedAtUtc">When.</param>
/// <param name="Superseded">Whether a later version corrects it.</param>
/// <param name="PdfSha256">SHA-256 of the signed PDF in <paramref name="Language"/>, hex.</param>
public sealed record SignedReport(Guid Id, Guid ConsultationId, int VersionNumber, string Language, IReadOnlyList<string> Languages, ReportDocument Document, string SignerName, DateTime SignedAtUtc,
    bool Superseded, string PdfSha256);
