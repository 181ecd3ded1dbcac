using Microsoft.EntityFrameworkCore;
using OwlDigital.EntityFrameworkCore;
using OwlDigital.MultiTenancy;

namespace OwlDigital.Sharing;

/// <summary>
/// Where sharing crosses the tenant border, the queries leave the tenant filter aside and state the
/// same condition the table's row-level-security policy admits (forms once published, shared plans, the
/// adoptions of one's own forms, one's own threads): PostgreSQL checks it a second time, so a
/// mistake here returns nothing rather than another tenant's private rows.
/// </summary>
public sealed class EfCoreSharingRepository(OwlDigitalDbContext dbContext, ICurrentTenant currentTenant, CrossTenantReader crossTenantReader) : ISharingRepository
{
    /// <summary>Created by the migration Sharing_AdoptionCounts.</summary>
    public const string AdoptionCountsFunction = "shared_form_adoption_counts";

    private static readonly string[] TenantFilter = [OwlDigitalDbContext.TenantFilterName];

    private Guid? TenantId => currentTenant.Id;

    private IQueryable<SharedForm> ReadableForms =>
        dbContext.Set<SharedForm>().IgnoreQueryFilters(TenantFilter).Include(f => f.Versions)
            .Where(f => f.TenantId == TenantId || f.State == SharedFormState.Published || f.State == SharedFormState.Withdrawn);

    public Task<SharedForm?> FindFormAsync(Guid id, CancellationToken cancellationToken = default) =>
        ReadableForms.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, cancellationToken);

    public Task<SharedForm?> FindOwnFormForUpdateAsync(Guid id, CancellationToken cancellationToken = default) =>
        dbContext.Set<SharedForm>().Include(f => f.Versions).FirstOrDefaultAsync(f => f.Id == id, cancellationToken);

    public Task<List<SharedForm>> GetFormsAsync(CancellationToken cancellationToken = default) =>
        ReadableForms.AsNoTracking().AsSplitQuery().OrderByDescending(f => f.PublishedAt).ToListAsync(cancellationToken);

    public async Task InsertFormAsync(SharedForm form, CancellationToken cancellationToken = default) =>
        await dbContext.Set<SharedForm>().AddAsync(form, cancellationToken);

    public async Task InsertAttachmentAsync(SharedFormAttachment attachment, CancellationToken cancellationToken = default) =>
        await dbContext.Set<SharedFormAttachment>().AddAsync(attachment, cancellationToken);

    public async Task<List<(Guid Id, int VersionNumber, string FileName, string ContentType, long Size, string Sha256)>> GetAttachmentInfosAsync(Guid formId, CancellationToken cancellationToken = default) =>
        (await Attachments(formId).OrderBy(a => a.VersionNumber).ThenBy(a => a.FileName)
            .Select(a => new { a.Id, a.VersionNumber, a.FileName, a.ContentType, a.Size, a.Sha256 })
            .ToListAsync(cancellationToken))
        .Select(a => (a.Id, a.VersionNumber, a.FileName, a.ContentType, a.Size, a.Sha256))
        .ToList();

    public Task<SharedFormAttachment?> FindAttachmentAsync(Guid formId, Guid attachmentId, CancellationToken cancellationToken = default) =>
        Attachments(formId).FirstOrDefaultAsync(a => a.Id == attachmentId, cancellationToken);

    /// <summary>
    /// How many tenants adopted each form is public within OWL ("used by n tenants"); who adopted is
    /// the publisher's to see. The database function <c>shared_form_adoption_counts()</c> gives the
    /// counts only, for published forms and the tenant's own, without opening the adoptions.
    /// </summary>
    public async Task<Dictionary<Guid, int>> CountAdoptionsAsync(CancellationToken cancellationToken = default)
    {
        var connection = dbContext.Database.GetDbConnection();
        await dbContext.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT form_id, adopters FROM {AdoptionCountsFunction}()";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var counts = new Dictionary<Guid, int>();
            while (await reader.ReadAsync(cancellationToken))
            {
                counts[reader.GetGuid(0)] = reader.GetInt32(1);
            }

            return counts;
        }
        finally
        {
            await dbContext.Database.CloseConnectionAsync();
        }
    }

    public Task<FormAdoption?> FindOwnAdoptionAsync(Guid formId, CancellationToken cancellationToken = default) =>
        dbContext.Set<FormAdoption>().AsNoTracking().FirstOrDefaultAsync(a => a.FormId == formId, cancellationToken);

    public Task<List<FormAdoption>> GetOwnAdoptionsAsync(CancellationToken cancellationToken = default) =>
        dbContext.Set<FormAdoption>().AsNoTracking().OrderByDescending(a => a.AdoptedAt).ToListAsync(cancellationToken);

    public Task<List<FormAdoption>> GetAdoptersOfOwnFormAsync(Guid formId, CancellationToken cancellationToken = default) =>
        dbContext.Set<FormAdoption>().IgnoreQueryFilters(TenantFilter).AsNoTracking()
            .Where(a => a.FormId == formId && a.PublisherTenantId == TenantId)
            .OrderBy(a => a.AdoptedAt)
            .ToListAsync(cancellationToken);

    public Task<List<Guid>> GetAdopterTenantIdsAsync(Guid formId, CancellationToken cancellationToken = default) =>
        dbContext.Set<FormAdoption>().IgnoreQueryFilters(TenantFilter)
            .Where(a => a.FormId == formId && a.PublisherTenantId == TenantId)
            .Select(a => a.TenantId)
            .ToListAsync(cancellationToken);

    public async Task InsertAdoptionAsync(FormAdoption adoption, CancellationToken cancellationToken = default) =>
        await dbContext.Set<FormAdoption>().AddAsync(adoption, cancellationToken);

    public Task<List<FormQuestion>> GetQuestionsAsync(Guid formId, CancellationToken cancellationToken = default) =>
        dbContext.Set<FormQuestion>().IgnoreQueryFilters(TenantFilter).AsNoTracking()
            .Where(q => q.FormId == formId && (q.AskerTenantId == TenantId || q.PublisherTenantId == TenantId))
            .OrderBy(q => q.CreatedAt)
            .ToListAsync(cancellationToken);

    public async Task InsertQuestionAsync(FormQuestion question, CancellationToken cancellationToken = default) =>
        await dbContext.Set<FormQuestion>().AddAsync(question, cancellationToken);

    public Task<List<EfaAdoptionPlan>> GetOwnPlansForUpdateAsync(CancellationToken cancellationToken = default) =>
        dbContext.Set<EfaAdoptionPlan>().ToListAsync(cancellationToken);

    public Task<List<EfaAdoptionPlan>> GetSharedPlansAsync(Guid? efaServiceId, CancellationToken cancellationToken = default) =>
        dbContext.Set<EfaAdoptionPlan>().IgnoreQueryFilters(TenantFilter).AsNoTracking()
            .Where(p => p.IsShared)
            .Where(p => efaServiceId == null || p.EfaServiceId == efaServiceId)
            .OrderBy(p => p.TenantName)
            .ToListAsync(cancellationToken);

    public async Task InsertPlanAsync(EfaAdoptionPlan plan, CancellationToken cancellationToken = default) =>
        await dbContext.Set<EfaAdoptionPlan>().AddAsync(plan, cancellationToken);

    public Task<(List<SharedForm> Forms, List<FormAdoption> Adoptions, List<EfaAdoptionPlan> Plans)> GetRegionalAsync(CancellationToken cancellationToken = default) =>
        crossTenantReader.ReadAsync("SharingRegional", async context => (
            await context.Set<SharedForm>().ToListAsync(cancellationToken),
            await context.Set<FormAdoption>().ToListAsync(cancellationToken),
            await context.Set<EfaAdoptionPlan>().Where(p => p.IsShared).ToListAsync(cancellationToken)), cancellationToken);

    /// <summary>The files of a form the current tenant may read: its own, or those of a published form.</summary>
    private IQueryable<SharedFormAttachment> Attachments(Guid formId) =>
        dbContext.Set<SharedFormAttachment>().IgnoreQueryFilters(TenantFilter).AsNoTracking()
            .Where(a => a.FormId == formId)
            .Where(a => a.TenantId == TenantId || dbContext.Set<SharedForm>().IgnoreQueryFilters(TenantFilter).Any(f => f.Id == formId && f.State == SharedFormState.Published));
}
