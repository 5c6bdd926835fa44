using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using MndCare.Application.Identity;
using MndCare.Domain.Assessments;
using MndCare.Application;
using MndCare.Application.Auditing;
using MndCare.Application.Files;
using MndCare.Application.Assessments.Wordings;
using MndCare.Persistence;
using MndCare.Web.Features.Health;
using MndCare.Web.Infrastructure.Auditing;
using MndCare.Web.Infrastructure.Errors;
using MndCare.Web.Infrastructure.Localization;
using MndCare.Web.Infrastructure.Security;
using MndCare.Web.Infrastructure.Startup;

namespace MndCare.Web;

/// <summary>Everything the web application registers, in one place.</summary>
public static class WebServiceCollectionExtensions
{
    /// <summary>The rate-limiting policy on sign-in.</summary>
    public const string SignInRateLimit = "sign-in";

    /// <summary>The rate-limiting policy on submissions and uploads (registration, questionnaire, files, messages).</summary>
    public const string SubmissionRateLimit = "submissions";

    /// <summary>The rate-limiting policy on signing reports, whose password re-entry must not become a password-guessing oracle.</summary>
    public const string SigningRateLimit = "signing";

    public static WebApplicationBuilder AddMndCareWeb(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var configuration = builder.Configuration;

        services.AddSingleton(TimeProvider.System);
        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<Features.Mail.MailOptions>().BindConfiguration(Features.Mail.MailOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<Features.Mail.MailSender>();
        services.AddSingleton<IValidateOptions<Features.Mail.MailOptions>, Features.Mail.MailOptionsValidator>();
        services.AddSingleton<Features.Mail.PublicLinks>();
        services.AddScoped<Features.Mail.ConfirmationMail>();
        services.AddScoped<Features.Mail.InvitationMail>();
        services.AddScoped<Features.Staff.InvitationDelivery>();
        services.AddSingleton<Application.Outcomes.Cohort.ICohortCharts, Features.Charts.CohortCharts>(); // cohort report charts (issue 10)
        // Adverse events (issue 9): the serious-event e-mail, and the reporting deadlines of the jurisdiction, checked at start.
        services.AddScoped<Application.Safety.AdverseEvents.ISeriousEventMail, Features.AdverseEvents.SeriousEventMail>();
        services.AddOptions<Application.Safety.AdverseEvents.ReportingOptions>().BindConfiguration(Application.Safety.AdverseEvents.ReportingOptions.Section)
            .Validate(o => Domain.Safety.AdverseEvents.ReportingTimelines.Create(o.Jurisdiction, o.FatalOrLifeThreateningDays, o.OtherSeriousDays).IsSuccess,
                "AdverseEvents:Reporting needs a jurisdiction and deadlines of 1-90 days, the fatal or life-threatening one not longer than the other.")
            .ValidateOnStart();
        services.AddMndCarePersistence(configuration, builder.Environment.ContentRootPath);
        services.AddMndCareApplication(ProgressionFrom(configuration));
        services.AddMndCareFileStore(configuration, builder.Environment.ContentRootPath);
        AlsfrsRWordingOptions.Register(services, configuration, builder.Environment.ContentRootPath);
        services.AddHostedService<Infrastructure.Files.ScheduledFileScrub>();
        services.AddMndCareAuditAnchors(configuration, builder.Environment.ContentRootPath);
        services.AddHostedService<ScheduledAuditCheckpoint>();
        services.AddMndCareHealthChecks();
        services.AddHttpContextAccessor();
        services.AddScoped<HttpActor>();
        services.AddScoped<Features.Auth.SignInGate>();

        AddAuthentication(services, configuration);
        services.AddAuthorization(Policies.Configure);
        services.AddScoped<IAuthorizationHandler, TwoFactorRequirementHandler>();
        services.AddScoped<IAuthorizationHandler, CurrentSessionRequirementHandler>();
        services.AddScoped<IAuthorizationHandler, PermissionRequirementHandler>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, AuthorizationResultHandler>();
        services.AddAntiforgery();
        services.AddOptions<AntiforgeryOptions>().Configure<IOptions<SecurityOptions>>((o, security) =>
        {
            o.Cookie.Name = security.Value.SecureCookies ? "__Host-mndcare-csrf" : "mndcare-csrf";
            o.Cookie.SecurePolicy = security.Value.SecureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        });

        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<SecurityOptions>>((o, security) =>
        {
            var limits = security.Value;
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = RateLimitPartitions.TellWhenToRetryAsync;
            // One line per policy: which requests count, per client network or per account, and how many per window.
            o.AddPolicy(SignInRateLimit, RateLimitPartitions.FixedWindow(RateLimitPartitions.Posts, RateLimitPartitions.ByClientNetwork,
                limits.SignInPermitLimit, TimeSpan.FromSeconds(limits.SignInWindowSeconds)));
            o.AddPolicy(SubmissionRateLimit, RateLimitPartitions.FixedWindow(RateLimitPartitions.Writes, RateLimitPartitions.ByAccount,
                limits.SubmissionPermitLimit, TimeSpan.FromMinutes(1)));
            // Signing counts report signatures and lot releases and recalls (pages and API) in one budget per account.
            o.AddPolicy(SigningRateLimit, RateLimitPartitions.FixedWindow(c => Pages.Consultations.WorkspaceModel.IsSigning(c.Request)
                    || Pages.CellLab.Lots.DetailsModel.IsSigning(c.Request) || Features.CellProducts.CellProductEndpoints.IsSigning(c.Request)
                    || Features.Tcm.HerbalPrescriptionEndpoints.IsSigning(c.Request) || Pages.Tcm.Prescriptions.DetailsModel.IsSigning(c.Request),
                RateLimitPartitions.ByAccount, limits.SigningPermitLimit, SecurityOptions.SigningWindow));
        });
        services.AddOptions<ReverseProxyOptions>().BindConfiguration(ReverseProxyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ReverseProxyOptions>>((o, proxies) => proxies.Value.ApplyTo(o));

        services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
            context.ProblemDetails.Extensions["correlationId"] = context.HttpContext.TraceIdentifier);
        services.AddExceptionHandler<ExceptionHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.Configure<JsonOptions>(o => ConfigureStrictJson(o.SerializerOptions));
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = 1024 * 1024; // JSON and forms; file uploads will raise it per endpoint
            k.Limits.MaxConcurrentConnections = 1000;
            k.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(15);
        });

        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddTransient<IStringLocalizer<SharedResource>, SharedTextLocalizer>();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Cultures.English);
            o.SupportedCultures = Cultures.Supported;
            o.SupportedUICultures = Cultures.Supported;
            o.FallBackToParentUICultures = true;
        });
        services.AddRazorPages(o => o.Conventions.AddPageApplicationModelConvention("/Account/Login",
                m => m.EndpointMetadata.Add(new Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute(SignInRateLimit))))
            .AddViewLocalization();
        // The portal page takes uploads: its body may be one file long, like the upload endpoint's.
        services.AddOptions<RazorPagesOptions>().Configure<IOptions<FileStoreOptions>>((o, files) =>
            o.Conventions.AddPageApplicationModelConvention("/Portal/Consultation", m =>
            {
                foreach (var limit in Features.Consultations.ConsultationFileEndpoints.UploadLimits(files.Value))
                {
                    m.EndpointMetadata.Add(limit);
                }
            }));
        // Chinese and other scripts are written as characters, not numeric entities; markup is still encoded.
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        services.AddOpenApi();
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });
        if (builder.Environment.IsDevelopment())
        {
            // A developer reads the console: one plain line per event.
            builder.Logging.AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.TimestampFormat = "HH:mm:ss ";
            });
        }
        else
        {
            // Servers ship the log to a collector: one JSON object per event.
            builder.Logging.AddJsonConsole(o => o.IncludeScopes = false);
        }
        return builder;
    }

    /// <summary>ΔFS group thresholds from Progression:SlowBelow and Progression:FastAbove (Labra 2016 when absent).</summary>
    /// <exception cref="InvalidOperationException">The configured thresholds are invalid (refused at start).</exception>
    private static ProgressionThresholds ProgressionFrom(IConfiguration configuration)
    {
        var slow = configuration.GetValue("Progression:SlowBelow", ProgressionThresholds.LabraSlowBelow);
        var fast = configuration.GetValue("Progression:FastAbove", ProgressionThresholds.LabraFastAbove);
        var thresholds = ProgressionThresholds.Create(slow, fast);
        return thresholds.IsSuccess ? thresholds.Value : throw new InvalidOperationException("Progression: " + thresholds.Errors[0].Message);
    }

    /// <summary>Write DTOs are read strictly: unknown or duplicate properties and numbers in strings are errors.</summary>
    public static void ConfigureStrictJson(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.AllowDuplicateProperties = false;
        options.NumberHandling = JsonNumberHandling.Strict;
    }

    private static void AddAuthentication(IServiceCollection services, IConfiguration configuration)
    {
        services.AddAuthentication(IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme)
            .AddIdentityCookies();
        services.AddOptions<BearerTokenOptions>(IdentityConstants.BearerScheme).Configure<IOptions<SecurityOptions>>((o, security) =>
            o.BearerTokenExpiration = TimeSpan.FromMinutes(security.Value.AccessTokenMinutes));
        services.AddMndCareIdentity(configuration).AddSignInManager<Features.Auth.MndCareSignInManager>();
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme).Configure<IOptions<SecurityOptions>>((o, options) =>
        {
            var security = options.Value;
            o.Cookie.Name = security.SecureCookies ? "__Host-mndcare" : "mndcare";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = security.SecureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromMinutes(security.IdleTimeoutMinutes);
            o.SlidingExpiration = true;
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = "/Account/AccessDenied";
            SessionLifetime.Configure(o.Events);
        });
        foreach (var scheme in new[] { IdentityConstants.ExternalScheme, IdentityConstants.TwoFactorUserIdScheme, IdentityConstants.TwoFactorRememberMeScheme })
        {
            services.AddOptions<CookieAuthenticationOptions>(scheme).Configure<IOptions<SecurityOptions>>((o, security) =>
            {
                o.Cookie.SecurePolicy = security.Value.SecureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
                o.Cookie.SameSite = SameSiteMode.Strict;
            });
        }
    }
}
