using System.Net;
using System.Net.Sockets;

namespace MndCare.Application.Access;

/// <summary>The network a client address stands for when requests or failed sign-ins are counted per client.</summary>
/// <remarks>An IPv6 site or subscriber is normally given a whole /64 (RFC 6177, RFC 7934), so counting single IPv6
/// addresses would hand one client 2^64 fresh budgets; IPv4 addresses count one by one.</remarks>
public static class ClientNetwork
{
    /// <summary>The IPv6 prefix length one client is assumed to hold.</summary>
    public const int Ipv6PrefixLength = 64;

    /// <summary>What callers without a known address count as (one shared budget).</summary>
    public const string Unknown = "unknown";

    /// <summary>The IPv4 address, or the IPv6 /64 network, of <paramref name="address"/>.</summary>
    public static string Of(IPAddress? address)
    {
        if (address is null)
        {
            return Unknown;
        }
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        return address.AddressFamily == AddressFamily.InterNetworkV6
            ? new IPNetwork(Masked(address), Ipv6PrefixLength).ToString()
            : address.ToString();
    }

    /// <summary>The network of an address written as text (as the audit trail keeps it).</summary>
    public static string Of(string? address) => IPAddress.TryParse(address, out var parsed) ? Of(parsed) : Unknown;

    private static IPAddress Masked(IPAddress address)
    {
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, Ipv6PrefixLength / 8, bytes.Length - (Ipv6PrefixLength / 8));
        return new IPAddress(bytes);
    }
}
