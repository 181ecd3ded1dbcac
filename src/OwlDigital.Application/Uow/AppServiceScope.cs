namespace OwlDigital.Uow;

/// <summary>What the current DI scope is, for <see cref="AppServiceCallProxy{TService}"/>.</summary>
public sealed class AppServiceScope
{
    /// <summary>
    /// The scope is one unit of work: an API request, which calls its app service once and
    /// sequentially. App-service calls then run in it, with the request's DbContext and access
    /// context. A circuit or a page rendered on the server is not: its components call at the same time.
    /// </summary>
    public bool IsUnitOfWork { get; private set; }

    public void MarkAsUnitOfWork() => IsUnitOfWork = true;
}
