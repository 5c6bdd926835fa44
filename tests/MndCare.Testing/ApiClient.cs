using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using OtpNet;

namespace MndCare.Testing;

/// <summary>Signs in over the JSON API and returns clients that carry the bearer token.</summary>
public static class ApiClient
{
    public static async Task<HttpResponseMessage> LoginAsync(HttpClient client, string email, string password, string? twoFactorCode = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        return await client.PostAsJsonAsync("/api/auth/login", new { email, password, twoFactorCode });
    }

    public static async Task<HttpClient> SignedInAsync(WebApplicationFactory<Program> factory, string email, string password = TestWorld.Password,
        string? twoFactorCode = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var client = factory.CreateClient();
        var response = await LoginAsync(client, email, password, twoFactorCode);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Sign-in of {email} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", json.RootElement.GetProperty("accessToken").GetString());
        return client;
    }

    /// <summary>Updates a record as a careful client does: reads its ETag from <paramref name="readPath"/>, then PUTs with If-Match
    /// (without one when the read answered no ETag, e.g. 404).</summary>
    public static async Task<HttpResponseMessage> PutIfMatchAsync(HttpClient client, string readPath, string writePath, object body)
    {
        ArgumentNullException.ThrowIfNull(client);
        var read = await client.GetAsync(readPath);
        var request = new HttpRequestMessage(HttpMethod.Put, writePath) { Content = JsonContent.Create(body) };
        if (read.Headers.ETag is { } etag)
        {
            request.Headers.IfMatch.Add(etag);
        }
        return await client.SendAsync(request);
    }

    /// <summary>Every item of a paged list, read page by page at the largest page size (other tests add rows meanwhile).</summary>
    /// <param name="client">A signed-in client.</param>
    /// <param name="path">The list's path, with its filters and without paging parameters.</param>
    public static async Task<List<T>> ReadAllPagesAsync<T>(HttpClient client, string path)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(path);
        var items = new List<T>();
        var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        for (MndCare.Application.Paging.Paged<T>? page = null; page is null || page.HasNext;)
        {
            page = await client.GetFromJsonAsync<MndCare.Application.Paging.Paged<T>>($"{path}{separator}pageSize=100&page={(page?.Page ?? 0) + 1}");
            items.AddRange(page!.Items);
        }
        return items;
    }

    /// <summary>The current TOTP code for a Base32 key, computed by an independent implementation (Otp.NET).</summary>
    public static string TotpCode(string base32Key, DateTime utcNow, int stepOffset = 0) =>
        new Totp(Base32Encoding.ToBytes(base32Key.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant()))
            .ComputeTotp(utcNow.AddSeconds(30 * stepOffset));
}
