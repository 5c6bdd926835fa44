using Microsoft.Extensions.Options;
using MndCare.Web.Features.AdverseEvents;
using MndCare.Web.Features.Auth;
using MndCare.Web.Features.CellProducts;
using MndCare.Web.Features.Consultations;
using MndCare.Web.Features.Courses;
using MndCare.Web.Features.FollowUp;
using MndCare.Web.Features.Health;
using MndCare.Web.Features.Infusions;
using MndCare.Web.Features.Labs;
using MndCare.Web.Features.Patients;
using MndCare.Web.Features.Staff;
using MndCare.Web.Features.Tcm;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Errors;
using MndCare.Web.Infrastructure.Security;

namespace MndCare.Web;

/// <summary>The request pipeline and the endpoint map.</summary>
public static class WebApplicationExtensions
{
    public static WebApplication UseMndCareWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // First: behind the TLS-terminating proxy, the client's address, scheme and host are what the proxy reports.
        app.UseForwardedHeaders();
        app.UseExceptionHandler();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseWhen(c => ApiPaths.IsApi(c.Request.Path), api => api.UseStatusCodePages());
        app.UseWhen(c => !ApiPaths.IsApi(c.Request.Path), pages => pages.UseStatusCodePagesWithReExecute("/Status/{0}"));
        app.UseStaticFiles();
        app.UseRequestLocalization(app.Services.GetRequiredService<IOptions<RequestLocalizationOptions>>().Value);
        app.UseRouting();
        app.UseAuthentication();
        app.UseMiddleware<AuditMiddleware>();
        app.UseMiddleware<UnmatchedApiPathMiddleware>();
        app.UseAuthorization();
        // After authorization, which authenticates bearer tokens too: submissions are counted per account, not per address.
        app.UseRateLimiter();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapMndCareEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapHealthEndpoints();
        app.MapAuthEndpoints();
        app.MapPatientEndpoints();
        app.MapPatientOutcomeEndpoints();
        app.MapConsultationEndpoints();
        app.MapConsultationFileEndpoints();
        app.MapStaffEndpoints();
        app.MapCourseEndpoints();
        app.MapCellProductEndpoints();
        app.MapInfusionEndpoints();
        app.MapAdverseEventEndpoints();
        app.MapLabEndpoints();
        Features.Tcm.HerbalPrescriptionEndpoints.MapHerbalPrescriptionEndpoints(app);
        // TCM visits and sessions (issue 9).
        app.MapTcmVisitEndpoints();
        app.MapFollowUpEndpoints();
        Features.Outcomes.CohortEndpoints.MapCohortEndpoints(app); // cohort outcomes (issue 10)
        if (!app.Environment.IsProduction())
        {
            // For developers and integrators on their own installation; a production clinic does not publish its API map.
            app.MapOpenApi().AllowAnonymous().NotAudited("API description; no patient data");
        }
        app.MapRazorPages();
        return app;
    }
}
