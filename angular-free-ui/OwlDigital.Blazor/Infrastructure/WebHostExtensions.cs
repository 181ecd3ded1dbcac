using Microsoft.AspNetCore.HttpLogging;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.OpenApi;
using OwlDigital.Account;
using OwlDigital.Blazor.Account;
using OwlDigital.Blazor.ClientScript;
using OwlDigital.Blazor.Security;
using OwlDigital.Blazor.Components;
using OwlDigital.Blazor.Printing;
using OwlDigital.Emailing;
using OwlDigital.Health;
using OwlDigital.Localization;
using OwlDigital.Security;
using OwlDigital.Users;
using OwlDigital.MultiTenancy;
using Radzen;
using Serilog;

namespace OwlDigital.Blazor;

/// <summary>The composition of the web host: the UI, the HTTP API, health and documentation in one process.</summary>
public static class WebHostExtensions
{
    public static WebApplicationBuilder AddOwlDigitalLogging(this WebApplicationBuilder builder)
    {
        // Serilog.AspNetCore is not in the registry (STACK.md): plug Serilog into Microsoft.Extensions.Logging directly.
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(
            new LoggerConfiguration().ReadFrom.Configuration(builder.Configuration).CreateLogger(),
            dispose: true);
        return builder;
    }

    public static IServiceCollection AddOwlDigitalWebHost(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddRadzenComponents();
        services.AddOwlDigitalApplication();
        services.AddOwlDigitalEntityFrameworkCore(configuration);
        services.AddOwlDigitalHttpApi(configuration);

        // Sign-in and the current user/tenant of a request: the host's part, over Identity and the domain.
        services.AddScoped<CurrentContextResolver>();
        services.AddScoped<SignInService>();
        services.AddOwlDigitalAuthentication();
        services.AddOptions<AccountSecurityOptions>()
            .Bind(configuration.GetSection(AccountSecurityOptions.SectionName))
            .PostConfigure<IHostEnvironment>((options, environment) => options.RequireTwoFactorForHostAdmins ??= environment.IsProduction());
        services.Configure<EmailingOptions>(configuration.GetSection(EmailingOptions.SectionName));
        services.Configure<PrintingOptions>(configuration.GetSection(PrintingOptions.SectionName));
        services.AddSingleton<ChromiumPdfPrinter>();

        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "OwlDigital API";
            document.Info.Description =
                "Digitalisation portfolio, online services and benchmark of the municipalities of Ostwestfalen-Lippe. " +
                "Authenticate with POST /api/account/token (e-mail, password, and twoFactorCode if two-step sign-in is on) and send " +
                "'Authorization: Bearer <accessToken>'; name the tenant to work in with the X-Tenant-Id header. " +
                "Without a token protected endpoints answer 401, without the permission 403.";
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[BearerSchemeName] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "Access token from POST /api/account/token (valid for one hour).",
            };
            document.Security ??= [];
            document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerSchemeName, document)] = [] });
            return Task.CompletedTask;
        }));

        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag]);

        // Behind a reverse proxy the client's address and scheme come from its forwarded headers;
        // without them every client would share the proxy's address (and its sign-in limit).
        var proxies = configuration.GetSection(ReverseProxyOptions.SectionName).Get<ReverseProxyOptions>() ?? new ReverseProxyOptions();
        proxies.ApplyTo(new ForwardedHeadersOptions()); // a mistyped address fails at start, not on every request
        services.Configure<ForwardedHeadersOptions>(proxies.ApplyTo);

        // Outside Development every cookie (sign-in, two-step, antiforgery, language) travels over
        // HTTPS only; behind a TLS-terminating proxy the forwarded scheme says the request was HTTPS.
        services.Configure<CookiePolicyOptions>(options => options.Secure = CookieSecurePolicy.Always);
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });

        // Method, path, status and duration only: headers and bodies may carry credentials or personal data.
        services.AddHttpLogging(options =>
        {
            options.LoggingFields = HttpLoggingFields.RequestMethod | HttpLoggingFields.RequestPath
                | HttpLoggingFields.ResponseStatusCode | HttpLoggingFields.Duration;
            options.CombineLogs = true;
        });

        services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = OwlDigitalCultures.Supported.Select(c => new System.Globalization.CultureInfo(c)).ToList();
            options.DefaultRequestCulture = new RequestCulture(OwlDigitalCultures.Default);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;

            // German unless the user chose otherwise: the browser's language is not asked.
            options.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });

        return services;
    }

    public static WebApplication UseOwlDigitalWebHost(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseExceptionHandler("/error", createScopeForErrors: true);
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            app.UseCookiePolicy();
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();

        // API clients get problem details for every error status; people get the not-found page.
        app.UseWhen(IsApiRequest, api => api.UseStatusCodePages());
        app.UseWhen(context => !IsApiRequest(context), pages => pages.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
        app.UseHttpLogging();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseMiddleware<SignInAccountMiddleware>();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseMiddleware<SessionCheckMiddleware>();
        app.UseMiddleware<CurrentContextMiddleware>();
        app.UseMiddleware<CookieWriteProtectionMiddleware>();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapStaticAssets();
#if LEGACY_BLAZOR_CLIENT_SCRIPT
        app.MapLegacyBlazorClientScript();
#endif
        app.MapOpenApi();
        app.UseSwaggerUI(options =>
        {
            options.SwaggerEndpoint("/openapi/v1.json", "OwlDigital API v1");
            options.DocumentTitle = "OwlDigital API";
        });

        app.MapHealthChecks("/health", new() { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains(ReadyTag) });

        app.MapTokenEndpoint();
        app.MapOwlDigitalHttpApi();
        app.MapSurveyReportPdfEndpoint();
        app.MapAccountUiEndpoints();
        app.MapCultureEndpoint();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }

    private const string ReadyTag = "ready";

    private const string BearerSchemeName = "Bearer";

    private static bool IsApiRequest(HttpContext context) => context.Request.Path.StartsWithSegments("/api");
}
