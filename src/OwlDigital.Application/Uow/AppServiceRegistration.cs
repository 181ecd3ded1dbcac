using Microsoft.Extensions.DependencyInjection;

namespace OwlDigital.Uow;

public static class AppServiceRegistration
{
    /// <summary>
    /// Registers an app service behind <see cref="AppServiceCallProxy{TService}"/>: callers get the
    /// interface, each call runs the implementation in a scope of its own.
    /// </summary>
    public static IServiceCollection AddAppService<TService, TImplementation>(this IServiceCollection services)
        where TService : class
        where TImplementation : class, TService
    {
        services.AddScoped<TImplementation>();
        services.AddScoped(provider => AppServiceCallProxy<TService>.Create(provider, typeof(TImplementation)));
        return services;
    }
}
