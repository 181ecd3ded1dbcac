using System.Reflection;
using System.Runtime.ExceptionServices;
using Microsoft.Extensions.DependencyInjection;
using OwlDigital.Authorization;
using OwlDigital.MultiTenancy;
using OwlDigital.Users;

namespace OwlDigital.Uow;

/// <summary>
/// Makes every app-service call of a Blazor circuit a unit of work of its own: a fresh DI scope (so
/// its own DbContext) working as the caller's user in the caller's tenant, with the caller's
/// <see cref="CurrentAccess"/> handed over instead of read again. A circuit is one long-lived scope
/// in which the layout and the page load at the same time; without this they would share one
/// DbContext, which EF Core forbids. An API request is a unit of work already
/// (<see cref="AppServiceScope.IsUnitOfWork"/>): its call runs in the request's scope.
/// </summary>
public class AppServiceCallProxy<TService> : DispatchProxy
    where TService : class
{
    private static readonly MethodInfo AwaitWithResultMethod =
        typeof(AppServiceCallProxy<TService>).GetMethod(nameof(AwaitWithResultAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    private IServiceProvider _callerServices = null!;
    private IServiceScopeFactory _scopeFactory = null!;
    private ICurrentUser _callerUser = null!;
    private ICurrentTenant _callerTenant = null!;
    private Type _implementationType = null!;

    public static TService Create(IServiceProvider callerServices, Type implementationType)
    {
        var proxy = Create<TService, AppServiceCallProxy<TService>>();
        var self = (AppServiceCallProxy<TService>)(object)proxy;
        self._callerServices = callerServices;
        self._scopeFactory = callerServices.GetRequiredService<IServiceScopeFactory>();
        self._callerUser = callerServices.GetRequiredService<ICurrentUser>();
        self._callerTenant = callerServices.GetRequiredService<ICurrentTenant>();
        self._implementationType = implementationType;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        if (_callerServices.GetRequiredService<AppServiceScope>().IsUnitOfWork)
        {
            try
            {
                return targetMethod.Invoke(_callerServices.GetRequiredService(_implementationType), args);
            }
            catch (TargetInvocationException exception) when (exception.InnerException is not null)
            {
                ExceptionDispatchInfo.Capture(exception.InnerException).Throw();
                throw;
            }
        }

        var scope = _scopeFactory.CreateAsyncScope();
        object? result;
        try
        {
            // Read at call time: the caller may have switched user or tenant since the proxy was made.
            scope.ServiceProvider.GetRequiredService<ICurrentUser>().Change(_callerUser.Principal);
            scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(_callerTenant.Id);
            scope.ServiceProvider.GetRequiredService<CurrentAccess>().ContinueFrom(_callerServices.GetRequiredService<CurrentAccess>());
            var target = scope.ServiceProvider.GetRequiredService(_implementationType);
            result = targetMethod.Invoke(target, args);
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            scope.Dispose();
            ExceptionDispatchInfo.Capture(exception.InnerException).Throw();
            throw;
        }
        catch
        {
            scope.Dispose();
            throw;
        }

        // The scope lives until the returned task completes, not just until the method returns.
        return result switch
        {
            Task task when targetMethod.ReturnType.IsGenericType => AwaitWithResultMethod
                .MakeGenericMethod(targetMethod.ReturnType.GetGenericArguments()[0])
                .Invoke(null, [task, scope]),
            Task task => AwaitAsync(task, scope),
            _ => DisposeAndReturn(result, scope),
        };
    }

    private static async Task AwaitAsync(Task task, AsyncServiceScope scope)
    {
        await using (scope)
        {
            await task;
        }
    }

    private static async Task<T> AwaitWithResultAsync<T>(Task<T> task, AsyncServiceScope scope)
    {
        await using (scope)
        {
            return await task;
        }
    }

    private static object? DisposeAndReturn(object? result, AsyncServiceScope scope)
    {
        scope.Dispose();
        return result;
    }
}
