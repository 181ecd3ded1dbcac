using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.ExceptionServices;
using Microsoft.Extensions.DependencyInjection;
using OwlDigital.Authorization;
using OwlDigital.MultiTenancy;
using OwlDigital.Users;

namespace OwlDigital.Uow;

/// <summary>
/// Every caller reaches an app service through this proxy, which does two things. It enforces the
/// permission the interface method declares (<see cref="RequiresPermissionAttribute"/>) before the
/// method runs, from the scope's access context. And it makes every app-service call of a Blazor
/// circuit a unit of work of its own: a fresh DI scope (so its own DbContext) working as the
/// caller's user in the caller's tenant, with the caller's <see cref="CurrentAccess"/> handed over
/// instead of read again. A circuit is one long-lived scope in which the layout and the page load
/// at the same time; without this they would share one DbContext, which EF Core forbids. An API
/// request is a unit of work already (<see cref="AppServiceScope.IsUnitOfWork"/>): its call runs in
/// the request's scope.
/// </summary>
public class AppServiceCallProxy<TService> : DispatchProxy
    where TService : class
{
    private static readonly ConcurrentDictionary<MethodInfo, string?> RequiredPermissions = new();

    private static readonly MethodInfo CheckedWithResultMethod =
        typeof(AppServiceCallProxy<TService>).GetMethod(nameof(CheckedWithResultAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

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
            return Call(_callerServices, targetMethod, args);
        }

        var scope = _scopeFactory.CreateAsyncScope();
        object? result;
        try
        {
            // Read at call time: the caller may have switched user or tenant since the proxy was made.
            scope.ServiceProvider.GetRequiredService<ICurrentUser>().Change(_callerUser.Principal);
            scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(_callerTenant.Id);
            scope.ServiceProvider.GetRequiredService<CurrentAccess>().ContinueFrom(_callerServices.GetRequiredService<CurrentAccess>());
            result = Call(scope.ServiceProvider, targetMethod, args);
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

    /// <summary>The implementation's method in the given scope, after the declared permission (if any) is checked there.</summary>
    private object? Call(IServiceProvider services, MethodInfo method, object?[]? args)
    {
        var target = services.GetRequiredService(_implementationType);
        var permission = RequiredPermissions.GetOrAdd(method, m => m.GetCustomAttribute<RequiresPermissionAttribute>()?.Permission);
        if (permission is null)
        {
            return Invoke(target, method, args);
        }

        if (!typeof(Task).IsAssignableFrom(method.ReturnType))
        {
            throw new InvalidOperationException($"{method.Name} declares a permission but is not asynchronous; the check reads the access context.");
        }

        var check = services.GetRequiredService<IPermissionChecker>();
        var cancellationToken = args?.OfType<CancellationToken>().FirstOrDefault() ?? CancellationToken.None;
        Task Run() => (Task)Invoke(target, method, args)!;
        return method.ReturnType.IsGenericType
            ? CheckedWithResultMethod.MakeGenericMethod(method.ReturnType.GetGenericArguments()[0]).Invoke(null, [check, permission, (Func<Task>)Run, cancellationToken])
            : CheckedAsync(check, permission, Run, cancellationToken);
    }

    private static object? Invoke(object target, MethodInfo method, object?[]? args)
    {
        try
        {
            return method.Invoke(target, args);
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(exception.InnerException).Throw();
            throw;
        }
    }

    private static async Task CheckedAsync(IPermissionChecker check, string permission, Func<Task> run, CancellationToken cancellationToken)
    {
        await check.CheckAsync(permission, cancellationToken);
        await run();
    }

    private static async Task<T> CheckedWithResultAsync<T>(IPermissionChecker check, string permission, Func<Task> run, CancellationToken cancellationToken)
    {
        await check.CheckAsync(permission, cancellationToken);
        return await (Task<T>)run();
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
