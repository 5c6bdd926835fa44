using MndCare.Application.Access;

namespace MndCare.Application.Tests.Access;

// Rate limits and sign-in lockout count per client network: an IPv4 address, or an IPv6 /64 (RFC 6177).
public sealed class ClientNetworkTests
{
    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:1:2::5", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2:ffff:ffff:ffff:ffff", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:3::5", "2001:db8:1:3::/64")]
    [InlineData(null, ClientNetwork.Unknown)]
    [InlineData("not an address", ClientNetwork.Unknown)]
    public void Of_GroupsAnIpv6SubscriberAndKeepsIpv4Addresses(string? address, string expected) =>
        Assert.Equal(expected, ClientNetwork.Of(address));
}
