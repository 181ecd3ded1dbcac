using Microsoft.EntityFrameworkCore;
using OwlDigital.EntityFrameworkCore;
using OwlDigital.MultiTenancy;

namespace OwlDigital.Sharing;

/// <summary>
/// Where sharing crosses the tenant border, the queries leave the tenant filter aside and state the
/// same condition the table's row-level-security policy admits (published forms that reach the
/// tenant, withdrawn forms it adopted, one's own threads): PostgreSQL checks it a second time, so a
/// mistake here returns nothing rather than another tenant's private rows. Adopters and shared EfA
/// plans are no rows another tenant may read; they come from the database functions created by the
/// migration Narrow_Sharing_Read_Policies, which return only the columns shown.
/// </summary>
public sealed class EfCoreSharingRepository(OwlDigitalDbContext dbContext, ICurrentTenant currentTenant, CrossTenantReader crossTenantReader) : ISharingRepository
{
    /// <summary>Created by the migration Sharing_AdoptionCounts.</summary>
    public const string AdoptionCountsFunction = "shared_form_adoption_counts";

    /// <summary>Created by the migration Narrow_Sharing_Read_Policies.</summary>
    public const string FormAdoptersFunction = "shared_form_adopters";

    /// <summary>Created by the migration Narrow_Sharing_Read_Policies.</summary>
    public const string SharedEfaPlansFunction = "shared_efa_plans";

    private static readonly string[] TenantFilter = [OwlDigitalDbContext.TenantFilterName];

    private Guid? TenantId => currentTenant.Id;

    // SharedForm.IsVisibleTo for published forms, and withdrawn ones only for their adopters.
    private IQueryable<SharedForm> ReadableForms =>
        dbContext.Set<SharedForm>().IgnoreQueryFilters(TenantFilter).Include(f => f.Versions)
            .Where(f => f.TenantId == TenantId
                || (f.State == SharedFormState.Published
                    && (f.Visibility == SharingVisibility.Region || dbContext.Set<Tenants.Tenant>().Any(t => t.Id == TenantId && t.DistrictKey == f.DistrictKey)))
                || (f.State == SharedFormState.Withdrawn && dbContext.Set<FormAdoption>().Any(a => a.FormId == f.Id)));

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
    public async Task<Dictionary<Guid, int>> CountAdoptionsAsync(CancellationToken cancellationToken = default) =>
        (await ReadFunctionAsync($"SELECT form_id, adopters FROM {AdoptionCountsFunction}()", null, row => (FormId: row.GetGuid(0), Adopters: row.GetInt32(1)), cancellationToken))
        .ToDictionary(c => c.FormId, c => c.Adopters);

    public Task<FormAdoption?> FindOwnAdoptionAsync(Guid formId, CancellationToken cancellationToken = default) =>
        dbContext.Set<FormAdoption>().AsNoTracking().FirstOrDefaultAsync(a => a.FormId == formId, cancellationToken);

    public Task<List<FormAdoption>> GetOwnAdoptionsAsync(CancellationToken cancellationToken = default) =>
        dbContext.Set<FormAdoption>().AsNoTracking().OrderByDescending(a => a.AdoptedAt).ToListAsync(cancellationToken);

    public Task<List<FormAdopter>> GetAdoptersOfOwnFormAsync(Guid formId, CancellationToken cancellationToken = default) =>
        ReadFunctionAsync(
            $"SELECT tenant_id, adopter_name, version_number, adopted_at FROM {FormAdoptersFunction}(@form)",
            formId,
            row => new FormAdopter(row.GetGuid(0), row.GetString(1), row.GetInt32(2), row.GetFieldValue<DateTimeOffset>(3)),
            cancellationToken);

    public async Task<List<Guid>> GetAdopterTenantIdsAsync(Guid formId, CancellationToken cancellationToken = default) =>
        (await GetAdoptersOfOwnFormAsync(formId, cancellationToken)).Select(a => a.TenantId).ToList();

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

    public async Task<List<SharedEfaPlan>> GetSharedPlansAsync(Guid? efaServiceId, CancellationToken cancellationToken = default) =>
        (await ReadFunctionAsync(
            $"SELECT tenant_id, tenant_name, district_key, efa_service_id, state, planned_date, rejection_reason, contact FROM {SharedEfaPlansFunction}() ORDER BY tenant_name",
            null,
            row => new SharedEfaPlan(
                row.GetGuid(0), row.GetString(1), row.GetString(2), row.GetGuid(3), (EfaPlanState)row.GetInt32(4),
                row.IsDBNull(5) ? null : row.GetFieldValue<DateOnly>(5), row.IsDBNull(6) ? null : row.GetString(6), row.IsDBNull(7) ? null : row.GetString(7)),
            cancellationToken))
        .Where(p => efaServiceId == null || p.EfaServiceId == efaServiceId)
        .ToList();

    public async Task InsertPlanAsync(EfaAdoptionPlan plan, CancellationToken cancellationToken = default) =>
        await dbContext.Set<EfaAdoptionPlan>().AddAsync(plan, cancellationToken);

    public Task<(List<SharedForm> Forms, List<FormAdoption> Adoptions, List<EfaAdoptionPlan> Plans)> GetRegionalAsync(CancellationToken cancellationToken = default) =>
        crossTenantReader.ReadAsync("SharingRegional", async context => (
            await context.Set<SharedForm>().ToListAsync(cancellationToken),
            await context.Set<FormAdoption>().ToListAsync(cancellationToken),
            await context.Set<EfaAdoptionPlan>().Where(p => p.IsShared).ToListAsync(cancellationToken)), cancellationToken);

    /// <summary>Rows of one of the sharing functions, with the context's tenant setting (a raw command passes no interceptor).</summary>
    private async Task<List<T>> ReadFunctionAsync<T>(string sql, Guid? formId, Func<System.Data.Common.DbDataReader, T> read, CancellationToken cancellationToken)
    {
        var connection = dbContext.Database.GetDbConnection();
        await dbContext.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = TenantSettingInterceptor.SettingStatement(dbContext.CurrentTenantId) + sql;
            if (formId is { } id)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = "form";
                parameter.Value = id;
                command.Parameters.Add(parameter);
            }

            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var rows = new List<T>();
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(read(reader));
            }

            return rows;
        }
        finally
        {
            await dbContext.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The files of a form the current tenant may read: its own, or those of a published form.</summary>
    private IQueryable<SharedFormAttachment> Attachments(Guid formId) =>
        dbContext.Set<SharedFormAttachment>().IgnoreQueryFilters(TenantFilter).AsNoTracking()
            .Where(a => a.FormId == formId)
            .Where(a => a.TenantId == TenantId || dbContext.Set<SharedForm>().IgnoreQueryFilters(TenantFilter).Any(f => f.Id == formId && f.State == SharedFormState.Published));
}
