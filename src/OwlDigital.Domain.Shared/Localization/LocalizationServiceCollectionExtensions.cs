using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;

namespace OwlDigital.Localization;

public static class LocalizationServiceCollectionExtensions
{
    public static IServiceCollection AddOwlDigitalLocalization(this IServiceCollection services)
    {
        services.TryAddSingleton<JsonTextDictionaries>();
        services.Replace(ServiceDescriptor.Singleton<IStringLocalizerFactory, JsonStringLocalizerFactory>());
        services.TryAdd(ServiceDescriptor.Transient(typeof(IStringLocalizer<>), typeof(StringLocalizer<>)));
        return services;
    }
}
