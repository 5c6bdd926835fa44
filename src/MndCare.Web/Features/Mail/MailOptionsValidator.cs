using Microsoft.Extensions.Options;

namespace MndCare.Web.Features.Mail;

/// <summary>Mail:PublicBaseUrl is an absolute http(s) address, required in Production (https) and whenever mail is sent.</summary>
public sealed class MailOptionsValidator(IHostEnvironment environment) : IValidateOptions<MailOptions>
{
    public ValidateOptionsResult Validate(string? name, MailOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var text = options.PublicBaseUrl;
        if (string.IsNullOrWhiteSpace(text))
        {
            return environment.IsProduction() || options.IsConfigured
                ? ValidateOptionsResult.Fail("Mail:PublicBaseUrl is required in Production and whenever mail is sent: set it to the address " +
                    "patients use, for example https://clinic.example.org (links are never built from the request's Host header).")
                : ValidateOptionsResult.Success;
        }
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http")
            || !string.IsNullOrEmpty(url.Query) || !string.IsNullOrEmpty(url.Fragment))
        {
            return ValidateOptionsResult.Fail($"Mail:PublicBaseUrl '{text}' is not an absolute http(s) address without query or fragment.");
        }
        return environment.IsProduction() && url.Scheme != "https"
            ? ValidateOptionsResult.Fail("Mail:PublicBaseUrl must be an https address in Production.")
            : ValidateOptionsResult.Success;
    }
}
