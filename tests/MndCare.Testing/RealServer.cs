using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace MndCare.Testing;

/// <summary>Runs the application on a real Kestrel socket on loopback, and connects to it from chosen local addresses.</summary>
/// <remarks>On Linux all of 127.0.0.0/8 is loopback, so a client bound to 127.0.0.2 is, to the server, another machine
/// than one bound to 127.0.0.1 (for example the reverse proxy).</remarks>
public static class RealServer
{
    /// <summary>Starts <paramref name="factory"/> on Kestrel at 127.0.0.1 on a free port; returns its address.</summary>
    public static Uri Start(MndCareWebFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        factory.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.Single());
    }

    /// <summary>A client that connects from <paramref name="localAddress"/>, adds <paramref name="headers"/> to every request
    /// (what a reverse proxy adds) and keeps cookies the way a browser on the proxy's https address does.</summary>
    public static HttpClient Client(Uri server, IPAddress localAddress, IReadOnlyDictionary<string, string>? headers = null)
    {
        var socket = new SocketsHttpHandler
        {
            UseCookies = false,
            AllowAutoRedirect = false,
            ConnectCallback = async (context, cancellationToken) =>
            {
                var connection = new Socket(SocketType.Stream, ProtocolType.Tcp);
                try
                {
                    connection.Bind(new IPEndPoint(localAddress, 0));
                    await connection.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(connection, ownsSocket: true);
                }
                catch
                {
                    connection.Dispose();
                    throw;
                }
            },
        };
        return new HttpClient(new ProxyHop(headers ?? new Dictionary<string, string>()) { InnerHandler = socket }) { BaseAddress = server };
    }

    /// <summary>The proxy's side of a request: forwarded headers in, the browser's cookies kept by name.</summary>
    /// <remarks>The application marks its cookies Secure; a browser sends them back because it talks https to the proxy,
    /// while this hop talks plain http to the application, as a TLS-terminating proxy does.</remarks>
    private sealed class ProxyHop(IReadOnlyDictionary<string, string> headers) : DelegatingHandler
    {
        private readonly Dictionary<string, string> _cookies = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            foreach (var (name, value) in headers)
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }
            if (_cookies.Count > 0)
            {
                request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
            }
            var response = await base.SendAsync(request, cancellationToken);
            foreach (var cookie in response.Headers.TryGetValues("Set-Cookie", out var set) ? set : [])
            {
                var pair = cookie.Split(';')[0];
                var (name, value) = (pair[..pair.IndexOf('=', StringComparison.Ordinal)], pair[(pair.IndexOf('=', StringComparison.Ordinal) + 1)..]);
                if (value.Length == 0)
                {
                    _cookies.Remove(name);
                }
                else
                {
                    _cookies[name] = value;
                }
            }
            return response;
        }
    }
}
