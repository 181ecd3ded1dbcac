using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace OwlDigital.Blazor.Security;

/// <summary>
/// The reverse proxies in front of the host (section "ReverseProxy"). Only their X-Forwarded-For
/// and X-Forwarded-Proto headers are believed: anyone else could claim any address.
/// </summary>
public sealed class ReverseProxyOptions
{
    public const string SectionName = "ReverseProxy";

    /// <summary>Addresses of the proxies, e.g. "10.0.0.5". The loopback address is always trusted (a proxy on the same machine).</summary>
    public List<string> KnownProxies { get; init; } = [];

    /// <summary>Networks the proxies are in, in CIDR notation, e.g. "10.0.0.0/24" (an ingress with changing addresses).</summary>
    public List<string> KnownNetworks { get; init; } = [];

    /// <summary>How many proxies stand in a row (a load balancer before nginx: 2).</summary>
    public int ForwardLimit { get; init; } = 1;

    public void ApplyTo(ForwardedHeadersOptions options)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        options.ForwardLimit = ForwardLimit;
        foreach (var proxy in KnownProxies)
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy));
        }

        foreach (var network in KnownNetworks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }
    }
}
