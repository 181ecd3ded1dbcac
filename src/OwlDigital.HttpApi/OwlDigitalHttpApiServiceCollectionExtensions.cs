using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OwlDigital.ExceptionHandling;

namespace OwlDigital;

public static class OwlDigitalHttpApiServiceCollectionExtensions
{
    public static IServiceCollection AddOwlDigitalHttpApi(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();

        // Let binding failures reach the exception handler, which names the field in the answer.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return services;
    }
}
