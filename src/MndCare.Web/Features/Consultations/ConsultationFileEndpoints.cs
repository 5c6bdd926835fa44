using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using MndCare.Application.Consultations;
using MndCare.Application.Consultations.Reports;
using MndCare.Application.Files;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Errors;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web.Features.Consultations;

/// <summary>Medical files and signed reports of a consultation over JSON (bearer token only).</summary>
public static class ConsultationFileEndpoints
{
    /// <summary>Room for the multipart framing around one file.</summary>
    private const long MultipartOverheadBytes = 1024 * 1024;

    /// <summary>The body limits of an upload request: one file (Files:MaxFileBytes) and its framing, not the 1 MiB of other requests.</summary>
    public static object[] UploadLimits(FileStoreOptions files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var limit = files.MaxFileBytes + MultipartOverheadBytes;
        return [new RequestSizeLimitAttribute(limit), new RequestFormLimitsAttribute { MultipartBodyLengthLimit = limit }];
    }

    public static IEndpointRouteBuilder MapConsultationFileEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var uploadLimits = UploadLimits(app.ServiceProvider.GetRequiredService<IOptions<FileStoreOptions>>().Value);
        var group = app.MapGroup("/api/consultations/{id:guid}").WithTags("Consultations").RequireAuthorization(Policies.Api, Policies.ConsultationAccess);
        // Bearer-only: no cookie rides along, so there is no cross-site request to forge (ASP.NET requires opting out for IFormFile).
        group.MapPost("/files", UploadAsync)
            .WithSummary("Upload one medical file: multipart field 'file', form fields 'category' and optional 'documentDate'. 201 or a ProblemDetails saying why it was refused.")
            .DisableAntiforgery()
            .WithMetadata(uploadLimits)
            .RequireRateLimiting(WebServiceCollectionExtensions.SubmissionRateLimit)
            .Audited("consultation.file.upload", ConsultationFiles.EntityType);
        group.MapGet("/files/{fileId:guid}", DownloadAsync)
            .WithSummary("Download a file (verified against its SHA-256; always as an attachment).")
            .Audited("consultation.file.download", ConsultationFiles.EntityType);
        group.MapDelete("/files/{fileId:guid}", WithdrawAsync)
            .WithSummary("Withdraw a file the patient sent (until the consultation is answered); its content is destroyed.")
            .RequireRateLimiting(WebServiceCollectionExtensions.SubmissionRateLimit)
            .Audited("consultation.file.withdraw", ConsultationFiles.EntityType);
        group.MapGet("/reports/{reportId:guid}", GetReportAsync)
            .WithSummary("A signed consultation report's content in one language: lang=en or zh-Hans; by default the patient's preferred language.")
            .Audited("consultation.report.read", ConsultationReports.EntityType);
        group.MapGet("/reports/{reportId:guid}/pdf", DownloadReportAsync)
            .WithSummary("The signed report as a PDF (verified against its SHA-256): lang=en or zh-Hans; by default the patient's preferred language.")
            .Audited("consultation.report.download", ConsultationReports.EntityType);
        return app;
    }

    private static async Task<Results<Created<ConsultationFileView>, ProblemHttpResult>> UploadAsync(
        Guid id, IFormFile? file, [FromForm] string? category, [FromForm] string? documentDate, HttpContext context, HttpActor actor, ConsultationFiles files)
    {
        var current = await actor.GetAsync(context.RequestAborted);
        if (file is null)
        {
            return new[] { new Domain.Results.ValidationError("file", "required", "Send the file in the multipart field 'file'.") }.ToProblem(context);
        }
        await using var content = file.OpenReadStream();
        var result = await files.UploadAsync(current, id, new FileUpload(content, file.FileName, category, documentDate), context.RequestAborted);
        return result.IsSuccess
            ? TypedResults.Created($"/api/consultations/{id}/files/{result.Value.Id}", result.Value)
            : result.Errors.ToProblem(context);
    }

    private static async Task<IResult> DownloadAsync(Guid id, Guid fileId, HttpContext context, HttpActor actor, ConsultationFiles files) =>
        Send(context, await files.DownloadAsync(await actor.GetAsync(context.RequestAborted), id, fileId, context.RequestAborted));

    private static async Task<Results<Ok<ConsultationView>, ProblemHttpResult>> WithdrawAsync(
        Guid id, Guid fileId, HttpContext context, HttpActor actor, ConsultationFiles files) =>
        (await files.WithdrawAsync(await actor.GetAsync(context.RequestAborted), id, fileId, context.RequestAborted)).ToOk(context);

    private static async Task<Results<Ok<SignedReport>, ProblemHttpResult>> GetReportAsync(
        Guid id, Guid reportId, string? lang, HttpContext context, HttpActor actor, ConsultationReports reports) =>
        (await reports.GetAsync(await actor.GetAsync(context.RequestAborted), id, reportId, lang, preferred: null, context.RequestAborted)).ToOk(context);

    private static async Task<IResult> DownloadReportAsync(Guid id, Guid reportId, string? lang, HttpContext context, HttpActor actor,
        ConsultationReports reports) =>
        Send(context, await reports.DownloadPdfAsync(await actor.GetAsync(context.RequestAborted), id, reportId, lang, preferred: null, context.RequestAborted));

    private static IResult Send(HttpContext context, Domain.Results.Result<FileDownload> result)
    {
        if (!result.IsSuccess)
        {
            return result.Errors.ToProblem(context);
        }
        FileResponses.Apply(context.Response.Headers);
        return TypedResults.File(result.Value.Content, result.Value.ContentType, result.Value.FileName);
    }
}
