using System.Globalization;
using OwlDigital.Authorization;
using OwlDigital.Catalog;
using OwlDigital.ExceptionHandling;
using OwlDigital.MultiTenancy;
using OwlDigital.Notifications;
using OwlDigital.OnlineServices;
using OwlDigital.Portfolios;
using OwlDigital.Tenants;
using OwlDigital.Uow;
using OwlDigital.Users;

namespace OwlDigital.Sharing;

/// <summary>
/// The form library: publishing one's forms (with versions and files), finding and adopting the
/// others', and the question threads between an asking tenant and a publisher.
/// </summary>
public sealed class SharedFormAppService(
    ISharingRepository sharing,
    ITenantRepository tenants,
    ICatalogRepository catalog,
    OnlineServiceCatalogLinks catalogLinks,
    IOnlineServiceRepository onlineServices,
    OnlineServiceManager serviceManager,
    IReportingPeriodRepository periods,
    INotificationRepository notifications,
    IAttachmentScanner scanner,
    ICurrentTenant currentTenant,
    ICurrentUser currentUser,
    TimeProvider timeProvider,
    IPermissionChecker permissionChecker,
    IUnitOfWork unitOfWork) : ISharedFormAppService
{
    public async Task<IReadOnlyList<SharedFormSummaryDto>> GetLibraryAsync(SharedFormQuery query, CancellationToken cancellationToken = default)
    {
        var tenant = await TenantAsync(cancellationToken);
        var tenantId = tenant.Id;

        // Withdrawn forms are hidden from the library, except from their publisher.
        var forms = (await sharing.GetFormsAsync(cancellationToken)).Where(f => f.IsVisibleTo(tenantId, tenant.DistrictKey) && (f.IsPublished || f.TenantId == tenantId)).ToList();
        var counts = await sharing.CountAdoptionsAsync(cancellationToken);
        var adopted = (await sharing.GetOwnAdoptionsAsync(cancellationToken)).ToDictionary(a => a.FormId, a => a.VersionNumber);
        var ozg = await OzgServicesAsync(forms.Select(f => f.OzgServiceId), cancellationToken);

        var text = query.Text?.Trim();
        var tool = query.Tool?.Trim();
        var leiKaKey = query.LeiKaKey?.Trim();
        return forms
            .Where(f => !query.OwnOnly || f.TenantId == tenantId)
            .Where(f => string.IsNullOrEmpty(text) || Contains(f.Title, text) || Contains(f.Description, text) || Contains(f.LeiKaName, text))
            .Where(f => string.IsNullOrEmpty(leiKaKey) || (f.LeiKaKey?.StartsWith(leiKaKey, StringComparison.Ordinal) ?? false))
            .Where(f => string.IsNullOrEmpty(tool) || Contains(f.FormTool, tool))
            .Where(f => string.IsNullOrEmpty(query.DistrictKey) || f.DistrictKey == query.DistrictKey)
            .Where(f => string.IsNullOrEmpty(query.Topic) || (f.OzgServiceId is { } id && ozg.TryGetValue(id, out var service) && service.Topic == query.Topic))
            .Where(f => query.MinAdopters is not { } min || counts.GetValueOrDefault(f.Id) >= min)
            .Select(f =>
            {
                var service = f.OzgServiceId is { } id ? ozg.GetValueOrDefault(id) : null;
                return new SharedFormSummaryDto(
                    f.Id, f.Title, f.PublisherName, f.DistrictKey, f.TenantId == tenantId, f.LeiKaKey, f.LeiKaName, f.OzgServiceId, service?.Name, service?.Topic,
                    f.FormTool, f.Format, f.Visibility, f.State, f.CurrentVersion, f.PublishedAt, counts.GetValueOrDefault(f.Id), adopted.TryGetValue(f.Id, out var v) ? v : null);
            })
            .ToList();
    }

    public async Task<SharedFormDto> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var (tenant, form) = await VisibleFormAsync(id, cancellationToken);
        return await ToDtoAsync(form, tenant.Id, await sharing.FindOwnAdoptionAsync(id, cancellationToken), cancellationToken);
    }

    public async Task<SharedFormDto> PublishAsync(PublishFormDto input, CancellationToken cancellationToken = default)
    {
        var tenant = await TenantAsync(cancellationToken);
        var details = await DetailsAsync(input, cancellationToken);
        var now = timeProvider.GetUtcNow();
        var form = new SharedForm(Guid.NewGuid(), tenant.Name, tenant.DistrictKey, details, input.VersionNotes, now);
        await AddFilesAsync(form, 1, input.Files, cancellationToken);
        await sharing.InsertFormAsync(form, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await ToDtoAsync(form, tenant.Id, null, cancellationToken);
    }

    public async Task<SharedFormDto> PublishVersionAsync(Guid id, NewFormVersionDto input, CancellationToken cancellationToken = default)
    {
        var tenant = await TenantAsync(cancellationToken);
        var form = await OwnFormAsync(id, cancellationToken);
        if (form.ConcurrencyStamp != input.ConcurrencyStamp)
        {
            throw new BusinessException(OwlDigitalErrorCodes.ConcurrencyConflict);
        }

        var version = form.PublishVersion(input.ToolVersion, input.Notes, timeProvider.GetUtcNow());
        await AddFilesAsync(form, version.Number, input.Files, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);

        // Adopters keep the version they took; they are told a newer one exists.
        var adopters = await sharing.GetAdopterTenantIdsAsync(form.Id, cancellationToken);
        await notifications.DeliverAsync(adopters, () => new Notification(Guid.NewGuid(), NotificationKind.NewFormVersion, form.Id, form.Title, tenant.Name, timeProvider.GetUtcNow()), cancellationToken);
        return await ToDtoAsync(form, tenant.Id, null, cancellationToken);
    }

    public async Task<SharedFormDto> WithdrawAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var form = await OwnFormAsync(id, cancellationToken);
        form.Withdraw(timeProvider.GetUtcNow());
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await ToDtoAsync(form, form.TenantId, null, cancellationToken);
    }

    public async Task<AttachmentDownloadDto> GetAttachmentAsync(Guid id, Guid attachmentId, CancellationToken cancellationToken = default)
    {
        await VisibleFormAsync(id, cancellationToken);
        var attachment = await sharing.FindAttachmentAsync(id, attachmentId, cancellationToken) ?? throw new EntityNotFoundException(typeof(SharedFormAttachment), attachmentId);
        return new AttachmentDownloadDto(attachment.FileName, attachment.ContentType, attachment.Content);
    }

    public async Task<AdoptionResultDto> AdoptAsync(Guid id, AdoptFormDto input, CancellationToken cancellationToken = default)
    {
        await permissionChecker.CheckAsync(OwlDigitalPermissions.OnlineServices.Edit, cancellationToken);
        var (tenant, form) = await VisibleFormAsync(id, cancellationToken);
        form.EnsureAdoptableBy(tenant.Id);
        if (await sharing.FindOwnAdoptionAsync(id, cancellationToken) is not null)
        {
            throw new BusinessException(OwlDigitalErrorCodes.Sharing.AlreadyAdopted).WithDetail("Title", form.Title);
        }

        // The adopter's own online service: way "adopted", linked to the form and version, in the
        // catalogue where the form is, planned (P) at the open reporting date if there is one.
        var number = string.IsNullOrWhiteSpace(input.Number) ? await NextNumberAsync(cancellationToken) : input.Number;
        var service = await serviceManager.CreateAsync(number, input.OrgUnitId, form.Title, ImplementationWay.AdoptedFromTenant, cancellationToken);
        service.MarkAdoptedFrom(form.Id, form.CurrentVersion);
        service.SetOzgService(form.OzgServiceId);
        if (form.LeiKaKey is { } key)
        {
            service.MapToLeiKa(await catalogLinks.ResolveLeiKaAsync(service, [], [key], cancellationToken));
        }

        service.SetAccess(null, form.Format, form.FormTool, null, null);
        var openPeriod = (await periods.GetAllAsync(cancellationToken)).Where(p => !p.IsClosed).MaxBy(p => p.ReportingDate);
        if (openPeriod is not null)
        {
            service.ReportStatus(openPeriod, ServiceStatus.Planned);
        }

        await onlineServices.InsertAsync(service, cancellationToken);
        await sharing.InsertAdoptionAsync(new FormAdoption(Guid.NewGuid(), form, tenant.Name, service.Id, currentUser.Principal?.Identity?.Name, timeProvider.GetUtcNow()), cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);

        await notifications.DeliverAsync([form.TenantId], () => new Notification(Guid.NewGuid(), NotificationKind.FormAdopted, form.Id, form.Title, tenant.Name, timeProvider.GetUtcNow()), cancellationToken);
        return new AdoptionResultDto(service.Id, service.Number, form.CurrentVersion, openPeriod?.ReportingDate);
    }

    public async Task<IReadOnlyList<MyAdoptionDto>> GetMyAdoptionsAsync(CancellationToken cancellationToken = default)
    {
        var adoptions = await sharing.GetOwnAdoptionsAsync(cancellationToken);
        var forms = (await sharing.GetFormsAsync(cancellationToken)).ToDictionary(f => f.Id);
        return adoptions.Select(a =>
        {
            // The adoption keeps what it took, whatever became of the form.
            var form = forms.GetValueOrDefault(a.FormId);
            return new MyAdoptionDto(a.FormId, a.FormTitle, a.PublisherName, a.VersionNumber, form?.CurrentVersion, form is not { IsPublished: true }, a.OnlineServiceId, a.AdoptedAt);
        }).ToList();
    }

    public async Task<IReadOnlyList<FormThreadDto>> GetThreadsAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await VisibleFormAsync(id, cancellationToken);
        return Threads(await sharing.GetQuestionsAsync(id, cancellationToken));
    }

    public async Task<IReadOnlyList<FormThreadDto>> AskAsync(Guid id, AskDto input, CancellationToken cancellationToken = default)
    {
        var (tenant, form) = await VisibleFormAsync(id, cancellationToken);
        var isPublisher = form.TenantId == tenant.Id;
        if (isPublisher)
        {
            await permissionChecker.CheckAsync(OwlDigitalPermissions.Sharing.Publish, cancellationToken);
        }

        // The publisher answers in a thread a tenant opened; a tenant asks in its own thread.
        var askerTenantId = isPublisher
            ? input.AskerTenantId is { } asker && (await sharing.GetQuestionsAsync(id, cancellationToken)).Any(q => q.AskerTenantId == asker)
                ? asker
                : throw new BusinessException(OwlDigitalErrorCodes.ValidationFailed).ForField(nameof(input.AskerTenantId))
            : tenant.Id;
        var question = new FormQuestion(Guid.NewGuid(), form, askerTenantId, tenant.Name, currentUser.Principal?.Identity?.Name, input.Text, timeProvider.GetUtcNow());
        await sharing.InsertQuestionAsync(question, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);

        var recipient = isPublisher ? askerTenantId : form.TenantId;
        await notifications.DeliverAsync([recipient], () => new Notification(Guid.NewGuid(), NotificationKind.FormQuestion, form.Id, form.Title, tenant.Name, timeProvider.GetUtcNow()), cancellationToken);
        return Threads(await sharing.GetQuestionsAsync(id, cancellationToken));
    }

    /// <summary>One thread per asking tenant; it opens with the asker's question (the publisher only answers).</summary>
    private static List<FormThreadDto> Threads(List<FormQuestion> messages) =>
        messages.GroupBy(m => m.AskerTenantId)
            .Select(thread => new FormThreadDto(
                thread.Key,
                thread.First().AuthorTenantName,
                thread.Select(m => new FormMessageDto(m.AuthorTenantName, m.AuthorName, m.TenantId == m.PublisherTenantId, m.Text, m.CreatedAt)).ToList()))
            .ToList();

    private async Task<SharedFormDetails> DetailsAsync(PublishFormDto input, CancellationToken cancellationToken)
    {
        string? leiKaName = null;
        string? leiKaKey = null;
        if (!string.IsNullOrWhiteSpace(input.LeiKaKey))
        {
            // An unknown or malformed key is refused with the closest keys the catalogue has.
            var entry = (await catalogLinks.ResolveLeiKaKeysAsync([input.LeiKaKey], cancellationToken)).Single();
            (leiKaKey, leiKaName) = (entry.Key, entry.Name);
        }

        var ozgServiceId = await catalogLinks.CheckOzgServiceAsync(input.OzgServiceId, cancellationToken);
        if (ozgServiceId is null && leiKaKey is not null)
        {
            ozgServiceId = (await catalog.GetLeiKaServicesByKeysAsync([leiKaKey], cancellationToken)).Single().OzgServiceId;
        }

        return new SharedFormDetails(
            input.Title, leiKaKey, leiKaName, ozgServiceId, input.FormTool, input.ToolVersion, input.Format, input.Description, input.Terms, input.Contact, input.Visibility);
    }

    /// <summary>Every file is checked before any is stored; the first refused file stops the whole publish.</summary>
    private async Task AddFilesAsync(SharedForm form, int versionNumber, IReadOnlyList<UploadedFileDto>? files, CancellationToken cancellationToken)
    {
        files ??= [];
        if (files.Count > SharingConsts.MaxAttachmentsPerVersion)
        {
            throw new BusinessException(OwlDigitalErrorCodes.Sharing.TooManyAttachments).WithDetail("Max", SharingConsts.MaxAttachmentsPerVersion).ForField("Attachments");
        }

        var now = timeProvider.GetUtcNow();
        var checkedFiles = new List<SharedFormAttachment>();
        foreach (var file in files)
        {
            checkedFiles.Add(await SharedFormAttachment.CreateAsync(form.Id, versionNumber, file.FileName, file.Content ?? [], scanner, now, cancellationToken));
        }

        foreach (var attachment in checkedFiles)
        {
            await sharing.InsertAttachmentAsync(attachment, cancellationToken);
        }
    }

    private async Task<SharedFormDto> ToDtoAsync(SharedForm form, Guid tenantId, FormAdoption? adoption, CancellationToken cancellationToken)
    {
        var isOwn = form.TenantId == tenantId;
        var adopters = isOwn ? await sharing.GetAdoptersOfOwnFormAsync(form.Id, cancellationToken) : null;
        var count = (await sharing.CountAdoptionsAsync(cancellationToken)).GetValueOrDefault(form.Id);
        var ozg = form.OzgServiceId is { } id ? (await catalog.GetOzgServicesAsync([id], cancellationToken)).FirstOrDefault() : null;
        var files = await sharing.GetAttachmentInfosAsync(form.Id, cancellationToken);
        return new SharedFormDto(
            form.Id, form.Title, form.PublisherName, form.DistrictKey, isOwn, form.LeiKaKey, form.LeiKaName, form.OzgServiceId, ozg?.Name, form.FormTool, form.ToolVersion,
            form.Format, form.Description, form.Terms, form.Contact, form.Visibility, form.State, form.CurrentVersion, form.PublishedAt, form.WithdrawnAt, count,
            adoption?.VersionNumber, adoption?.OnlineServiceId,
            form.Versions.OrderBy(v => v.Number).Select(v => new SharedFormVersionDto(v.Number, v.ToolVersion, v.Notes, v.PublishedAt)).ToList(),
            files.Select(f => new AttachmentInfoDto(f.Id, f.VersionNumber, f.FileName, f.ContentType, f.Size, f.Sha256)).ToList(),
            adopters?.Select(a => new AdopterDto(a.AdopterName, a.VersionNumber, a.AdoptedAt)).ToList(),
            form.ConcurrencyStamp);
    }

    /// <summary>One of the current tenant's own forms; another tenant's form is readable, but changing it is forbidden (403), not "not found".</summary>
    private async Task<SharedForm> OwnFormAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await sharing.FindOwnFormForUpdateAsync(id, cancellationToken) is { } own)
        {
            return own;
        }

        if (await sharing.FindFormAsync(id, cancellationToken) is { } foreign)
        {
            throw new AuthorizationException(OwlDigitalErrorCodes.Sharing.NotPublisher, isAuthenticated: true).WithDetail("Title", foreign.Title);
        }

        throw new EntityNotFoundException(typeof(SharedForm), id);
    }

    private async Task<string> NextNumberAsync(CancellationToken cancellationToken)
    {
        var highest = (await onlineServices.GetNumbersAsync(cancellationToken))
            .Select(n => int.TryParse(n.AsSpan(3), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0)
            .DefaultIfEmpty(0)
            .Max();
        return $"OD {highest + 1:D3}";
    }

    private async Task<Dictionary<int, OzgService>> OzgServicesAsync(IEnumerable<int?> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.OfType<int>().Distinct().ToList();
        return wanted.Count == 0 ? [] : (await catalog.GetOzgServicesAsync(wanted, cancellationToken)).ToDictionary(s => s.Id);
    }

    /// <summary>A form the current tenant may see (its own, region-wide, or of its district); anything else is "not found".</summary>
    private async Task<(Tenant Tenant, SharedForm Form)> VisibleFormAsync(Guid id, CancellationToken cancellationToken)
    {
        var tenant = await TenantAsync(cancellationToken);
        var form = await sharing.FindFormAsync(id, cancellationToken);
        return form is not null && form.IsVisibleTo(tenant.Id, tenant.DistrictKey) ? (tenant, form) : throw new EntityNotFoundException(typeof(SharedForm), id);
    }

    private Task<Tenant> TenantAsync(CancellationToken cancellationToken) => tenants.GetCurrentAsync(currentTenant, nameof(SharedForm), cancellationToken);

    private static bool Contains(string? value, string part) => value?.Contains(part, StringComparison.CurrentCultureIgnoreCase) ?? false;
}
