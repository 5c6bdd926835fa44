using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using MndCare.Persistence;
using MndCare.Testing;
using MndCare.Testing.HostileFiles;

namespace MndCare.Web.Tests;

// The patient portal's forms: antiforgery on every change, including uploads (security test plan AC-08).
public sealed class PortalPageTests(ApiWorld worlds)
{
    private static async Task<(HttpClient Client, Guid ConsultationId)> PortalDraftAsync(World world)
    {
        var patient = await world.Data.CreatePatientAsync(world.ClinicA);
        var user = await world.Data.CreatePatientUserAsync(world.ClinicA, patient);
        var client = await PageSession.SignInAsync(world.Factory, user.Email!, TestWorld.Password);
        var opened = await PageSession.SubmitAsync(client, "/Portal", new Dictionary<string, string>(), "/Portal?handler=Open");
        var location = opened.Headers.Location!.OriginalString;
        return (client, Guid.Parse(location.Split('/')[3]));
    }

    private static MultipartFormDataContent UploadForm(byte[] content, string name, string? token)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(content), "file", name }, { new StringContent("mri"), "category" } };
        if (token is not null)
        {
            form.Add(new StringContent(token), "__RequestVerificationToken");
        }
        return form;
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Upload_WithoutAntiforgeryToken_IsRefused_AndTheCookieDoesNotOpenTheApi(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var (client, id) = await PortalDraftAsync(world);
        var page = $"/Portal/Consultations/{id}";

        var forged = await client.PostAsync(page + "?handler=Upload", UploadForm(MinimalPdf.Valid(), "a.pdf", token: null));
        var viaApi = await client.PostAsync($"/api/consultations/{id}/files", UploadForm(MinimalPdf.Valid(), "a.pdf", token: null));
        var token = PageSession.AntiforgeryToken(await client.GetStringAsync(page));
        var genuine = await client.PostAsync(page + "?handler=Upload", UploadForm(MinimalPdf.Valid(), "a.pdf", token));
        var hostile = await client.PostAsync(page + "?handler=Upload", UploadForm(HostileUploads.Get("peNamedPdf").Content.ToArray(), "scan.pdf", token));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, viaApi.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, genuine.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, hostile.StatusCode);
        Assert.Contains("uploadError=executable", hostile.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("This file is a program", await client.GetStringAsync(hostile.Headers.Location.OriginalString), StringComparison.Ordinal);
        await using var db = world.Database.CreateContext();
        Assert.Equal(1, await db.ConsultationFiles.CountAsync(f => f.ConsultationId == id));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Upload_WithScript_AnswersJsonForTheProgressBar(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var (client, id) = await PortalDraftAsync(world);
        var page = $"/Portal/Consultations/{id}";
        var token = PageSession.AntiforgeryToken(await client.GetStringAsync(page));

        using var request = new HttpRequestMessage(HttpMethod.Post, page + "?handler=Upload") { Content = UploadForm(HostileUploads.Get("svg").Content.ToArray(), "x.png", token) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        var refused = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, refused.StatusCode);
        Assert.Contains("\"code\":\"svg\"", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
