using OwlDigital.Entities;

namespace OwlDigital.Catalog;

/// <summary>A product of one of the host's lists (service-portal vendors, DMS products, form tools), so tenants name it alike.</summary>
public class CatalogProduct : AuditedAggregateRoot<Guid>
{
    private CatalogProduct()
    {
        Name = null!;
    }

    public CatalogProduct(Guid id, ProductKind kind, string name)
        : base(id)
    {
        Kind = kind;
        Name = CatalogNames.Require(name, nameof(Name));
    }

    public ProductKind Kind { get; private set; }

    public string Name { get; private set; }

    public void Rename(string name) => Name = CatalogNames.Require(name, nameof(Name));
}
