using OwlDigital.Blazor.Components.Layout;
using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using OwlDigital.Account;
using OwlDigital.Auditing;
using OwlDigital.Authorization;
using OwlDigital.Blazor.Components.Shared;
using OwlDigital.Localization;
using OwlDigital.Tenants;
using Radzen;
using Radzen.Blazor;

namespace OwlDigital.Blazor.Components.Pages.Auditing;

public partial class AuditLog
{
    private const int PageSize = 25;

    // The tenant filter offers the host's own entries as a choice beside the tenants.
    private const string HostChoice = "host";

    private RadzenDataGrid<AuditLogEntryDto> _grid = null!;
    private IReadOnlyList<AuditLogEntryDto>? _entries;
    private IReadOnlyList<Choice<string>> _tenantChoices = [];
    private IReadOnlyList<Choice<AuditLogAction?>> _actions = [];
    private int _count;
    private bool _isLoading;
    private bool _isHost;
    private string? _error;
    private string? _tenantChoice;
    private string? _userName;
    private string? _entityType;
    private AuditLogAction? _action;
    private DateTime? _from;
    private DateTime? _to;

    [Inject]
    private IAuditLogAppService AuditLogAppService { get; set; } = null!;

    [CascadingParameter]
    private CurrentAccount Account { get; set; } = null!;

    [Inject]
    private ITenantAppService TenantAppService { get; set; } = null!;

    [Inject]
    private IStringLocalizer<OwlDigitalResource> Localizer { get; set; } = null!;

    [Inject]
    private ILogger<AuditLog> Logger { get; set; } = null!;

    private string ExportUrl
    {
        get
        {
            var input = CurrentInput(0, PageSize);
            var query = new List<string>();
            void Add(string name, string? value)
            {
                if (!string.IsNullOrWhiteSpace(value))
                {
                    query.Add($"{name}={Uri.EscapeDataString(value)}");
                }
            }

            Add("tenantId", input.TenantId?.ToString());
            Add("hostOnly", input.HostOnly ? "true" : null);
            Add("userName", input.UserName);
            Add("entityType", input.EntityType);
            Add("action", input.Action?.ToString());
            Add("from", input.From?.ToString("O", CultureInfo.InvariantCulture));
            Add("to", input.To?.ToString("O", CultureInfo.InvariantCulture));
            return "/api/audit-log/export" + (query.Count > 0 ? "?" + string.Join("&", query) : string.Empty);
        }
    }

    protected override async Task OnInitializedAsync()
    {
        var current = (await Account.Loading)!;
        _isHost = current.GrantedPermissions.Contains(OwlDigitalPermissions.AuditLogs.All);
        _actions = Enum.GetValues<AuditLogAction>().Select(a => new Choice<AuditLogAction?>(a, Localizer[$"AuditLogAction:{a}"])).ToList();
        if (_isHost)
        {
            var tenants = (await TenantAppService.GetAllAsync()).Items;
            _tenantChoices = tenants.Select(t => new Choice<string>(t.Id.ToString(), t.Name)).Prepend(new Choice<string>(HostChoice, Localizer["AuditLog:Host"])).ToList();
        }
    }

    private async Task LoadDataAsync(LoadDataArgs args)
    {
        _isLoading = true;
        try
        {
            var result = await AuditLogAppService.GetListAsync(CurrentInput(args.Skip ?? 0, args.Top ?? PageSize));
            _entries = result.Items;
            _count = (int)result.TotalCount;
            _error = null;
        }
        catch (Exception exception)
        {
            _entries = [];
            _count = 0;
            _error = Localizer["AuditLog:LoadFailed", UiError.From(exception, Localizer, Logger).Message];
        }
        finally
        {
            _isLoading = false;
        }
    }

    private Task ReloadAsync() => _grid.FirstPage(forceReload: true);

    private GetAuditLogListInput CurrentInput(int skip, int take) => new()
    {
        Skip = skip,
        Take = take,
        TenantId = Guid.TryParse(_tenantChoice, out var tenantId) ? tenantId : null,
        HostOnly = _tenantChoice == HostChoice,
        UserName = _userName,
        EntityType = _entityType,
        Action = _action,

        // Whole days in the user's time zone (the server's, for a regional application in one zone).
        From = _from is { } from ? new DateTimeOffset(from.Date, TimeZoneInfo.Local.GetUtcOffset(from.Date)) : null,
        To = _to is { } to ? new DateTimeOffset(to.Date.AddDays(1), TimeZoneInfo.Local.GetUtcOffset(to.Date)) : null,
    };
}
