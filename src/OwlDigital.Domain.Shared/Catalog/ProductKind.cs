namespace OwlDigital.Catalog;

/// <summary>The product lists the host keeps so that tenants name the same product the same way.</summary>
public enum ProductKind
{
    ServicePortal = 1,
    DocumentManagement = 2,
    FormTool = 3,
}
