using Microsoft.Extensions.Localization;

namespace OwlDigital.Localization;

/// <summary>One dictionary serves every resource type: the application has a single text resource.</summary>
public sealed class JsonStringLocalizerFactory(JsonTextDictionaries dictionaries) : IStringLocalizerFactory
{
    public IStringLocalizer Create(Type resourceSource) => new JsonStringLocalizer(dictionaries);

    public IStringLocalizer Create(string baseName, string location) => new JsonStringLocalizer(dictionaries);
}
