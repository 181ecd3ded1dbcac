namespace OwlDigital.Sharing;

/// <summary>
/// The sharing tables. Reads of other tenants' rows go only where row-level security lets them:
/// published forms that reach the current tenant (the region's, its district's), withdrawn forms it
/// adopted, the versions and files of readable published ones, and the question threads the current
/// tenant is a party to. The adopters of its own forms and the region's shared EfA plans come
/// from database functions that return only what the application shows.
/// </summary>
public interface ISharingRepository
{
    /// <summary>A form of any tenant, if the current tenant may read it (its own, a published one that reaches it, a withdrawn one it adopted).</summary>
    Task<SharedForm?> FindFormAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>One of the current tenant's own forms, tracked for a change.</summary>
    Task<SharedForm?> FindOwnFormForUpdateAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>The forms the current tenant may read (as <see cref="FindFormAsync"/>), with their versions.</summary>
    Task<List<SharedForm>> GetFormsAsync(CancellationToken cancellationToken = default);

    Task InsertFormAsync(SharedForm form, CancellationToken cancellationToken = default);

    Task InsertAttachmentAsync(SharedFormAttachment attachment, CancellationToken cancellationToken = default);

    /// <summary>The files of a form (without content), all versions.</summary>
    Task<List<(Guid Id, int VersionNumber, string FileName, string ContentType, long Size, string Sha256)>> GetAttachmentInfosAsync(Guid formId, CancellationToken cancellationToken = default);

    Task<SharedFormAttachment?> FindAttachmentAsync(Guid formId, Guid attachmentId, CancellationToken cancellationToken = default);

    /// <summary>Adoption counts per form, over every tenant (for "used by n tenants").</summary>
    Task<Dictionary<Guid, int>> CountAdoptionsAsync(CancellationToken cancellationToken = default);

    /// <summary>The current tenant's adoption of a form, if it adopted it.</summary>
    Task<FormAdoption?> FindOwnAdoptionAsync(Guid formId, CancellationToken cancellationToken = default);

    /// <summary>The current tenant's adoptions.</summary>
    Task<List<FormAdoption>> GetOwnAdoptionsAsync(CancellationToken cancellationToken = default);

    /// <summary>Who adopted one of the current tenant's own forms, oldest first.</summary>
    Task<List<FormAdopter>> GetAdoptersOfOwnFormAsync(Guid formId, CancellationToken cancellationToken = default);

    /// <summary>Every tenant that adopted a form (for telling them of a new version).</summary>
    Task<List<Guid>> GetAdopterTenantIdsAsync(Guid formId, CancellationToken cancellationToken = default);

    Task InsertAdoptionAsync(FormAdoption adoption, CancellationToken cancellationToken = default);

    /// <summary>The messages of the form's threads the current tenant is a party to (as asker, or as publisher: all threads).</summary>
    Task<List<FormQuestion>> GetQuestionsAsync(Guid formId, CancellationToken cancellationToken = default);

    Task InsertQuestionAsync(FormQuestion question, CancellationToken cancellationToken = default);

    /// <summary>The current tenant's EfA plans, tracked.</summary>
    Task<List<EfaAdoptionPlan>> GetOwnPlansForUpdateAsync(CancellationToken cancellationToken = default);

    /// <summary>The shared plans of every tenant, for one EfA service or all.</summary>
    Task<List<SharedEfaPlan>> GetSharedPlansAsync(Guid? efaServiceId, CancellationToken cancellationToken = default);

    Task InsertPlanAsync(EfaAdoptionPlan plan, CancellationToken cancellationToken = default);

    /// <summary>Host: every form, adoption and plan of the region, through the audited cross-tenant path.</summary>
    Task<(List<SharedForm> Forms, List<FormAdoption> Adoptions, List<EfaAdoptionPlan> Plans)> GetRegionalAsync(CancellationToken cancellationToken = default);
}
