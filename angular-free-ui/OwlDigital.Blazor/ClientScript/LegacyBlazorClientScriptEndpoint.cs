#if LEGACY_BLAZOR_CLIENT_SCRIPT
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Security.Cryptography;

namespace OwlDigital.Blazor.ClientScript;

/// <summary>
/// Serves <c>_framework/blazor.web.js</c> while the .NET 10 asset package cannot be restored here
/// (STACK.md workaround 1; the switch is the UseLegacyBlazorClientScript MSBuild property). The
/// script is read from the .NET 9 assembly the build embedded; it is not a supported mix, so the
/// browser tests cover every page and a server restart.
/// </summary>
public static class LegacyBlazorClientScriptEndpoint
{
    private const string EmbeddedAssemblyName = "OwlDigital.ClientScript.Components.Endpoints.net9.dll";
    private const string ScriptResourceName = "_framework/blazor.web.js";

    public static void MapLegacyBlazorClientScript(this IEndpointRouteBuilder routes)
    {
        var script = ReadScript();
        var etag = "\"" + Convert.ToHexString(SHA256.HashData(script))[..16] + "\"";

        routes.MapGet("/" + ScriptResourceName, (HttpContext context) =>
            {
                context.Response.Headers.ETag = etag;
                context.Response.Headers.CacheControl = "no-cache";
                return context.Request.Headers.IfNoneMatch == etag
                    ? Results.StatusCode(StatusCodes.Status304NotModified)
                    : Results.Bytes(script, "text/javascript");
            })
            .ExcludeFromDescription();
    }

    public static byte[] ReadScript()
    {
        using var assemblyStream = typeof(LegacyBlazorClientScriptEndpoint).Assembly.GetManifestResourceStream(EmbeddedAssemblyName)
            ?? throw new InvalidOperationException($"{EmbeddedAssemblyName} was not embedded at build time; check UseLegacyBlazorClientScript.");
        using var peReader = new PEReader(assemblyStream);
        var metadata = peReader.GetMetadataReader();
        foreach (var handle in metadata.ManifestResources)
        {
            var resource = metadata.GetManifestResource(handle);
            if (!metadata.StringComparer.Equals(resource.Name, ScriptResourceName))
            {
                continue;
            }

            // A managed resource is stored as a 4-byte length followed by the bytes, at its offset in the resources directory.
            var resources = peReader.GetSectionData(peReader.PEHeaders.CorHeader!.ResourcesDirectory.RelativeVirtualAddress);
            var reader = resources.GetReader((int)resource.Offset, resources.Length - (int)resource.Offset);
            return reader.ReadBytes(reader.ReadInt32());
        }

        throw new InvalidOperationException($"{ScriptResourceName} is not a resource of {EmbeddedAssemblyName}.");
    }
}
#endif
