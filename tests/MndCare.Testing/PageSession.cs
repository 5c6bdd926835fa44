using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MndCare.Testing;

/// <summary>Drives the server-rendered pages like a browser without JavaScript: cookies, forms and antiforgery tokens.</summary>
public static partial class PageSession
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("name=\"Version\" value=\"([0-9a-f]{32})\"")]
    private static partial Regex VersionField();

    /// <summary>The record version a form carries in its hidden Version field (the page's If-Match).</summary>
    public static string Version(string html)
    {
        var match = VersionField().Match(html);
        return match.Success ? match.Groups[1].Value : throw new InvalidOperationException("The page has no version field.");
    }

    public static string AntiforgeryToken(string html)
    {
        var match = AntiforgeryField().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException("The page has no antiforgery token.");
    }

    /// <summary>GETs a page, then POSTs its form with the antiforgery token and the given fields.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string path, IDictionary<string, string> fields, string? actionPath = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        var page = await client.GetStringAsync(path);
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = AntiforgeryToken(page) };
        return await client.PostAsync(actionPath ?? path, new FormUrlEncodedContent(form));
    }

    /// <summary>Signs in through the login page (and the authenticator page when a key is given).</summary>
    public static async Task<HttpClient> SignInAsync(WebApplicationFactory<Program> factory, string email, string password, string? authenticatorKey = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var client = factory.CreateClient();
        var response = await SubmitAsync(client, "/Account/Login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in of {email} did not redirect: {(int)response.StatusCode}");
        }
        if (response.Headers.Location!.OriginalString.StartsWith("/Account/LoginWith2fa", StringComparison.Ordinal))
        {
            var key = authenticatorKey ?? throw new InvalidOperationException($"{email} needs an authenticator code.");
            response = await SubmitAsync(client, response.Headers.Location.OriginalString,
                new Dictionary<string, string> { ["Code"] = ApiClient.TotpCode(key, DateTime.UtcNow) });
            if (response.StatusCode != HttpStatusCode.Redirect)
            {
                throw new InvalidOperationException($"Two-factor sign-in of {email} failed: {(int)response.StatusCode}");
            }
        }
        return client;
    }
}
