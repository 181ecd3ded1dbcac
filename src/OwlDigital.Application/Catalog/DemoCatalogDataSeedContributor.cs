using System.Text;
using Microsoft.Extensions.Logging;
using OwlDigital.Data;
using OwlDigital.Uow;

namespace OwlDigital.Catalog;

/// <summary>
/// The demo catalogue (run command's demo mode only): the public KDN files from ../shared/data when
/// they are there, otherwise <see cref="DemoCatalogSample"/>; plus the form tool 61 of 67 OWL
/// municipalities use. Left alone once a catalogue is loaded.
/// </summary>
public sealed class DemoCatalogDataSeedContributor(
    CatalogFileImporter importer,
    ICatalogRepository catalog,
    IUnitOfWork unitOfWork,
    ILogger<DemoCatalogDataSeedContributor> logger) : IDataSeedContributor
{
    /// <summary>In import order: topics and situations, types, then OZG services before the LeiKa services that name them.</summary>
    public static readonly string[] SharedDataFiles =
    [
        "kdn_ozg_themenfelder.csv", "kdn_ozg_lebenslagen.csv", "leika_typisierung_codes.csv", "kdn_ozg_leistungen.csv", "kdn_leika_leistungen_ozg_mapping.csv",
    ];

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default)
    {
        if (context.DemoUserPassword is null || (await catalog.CountAsync(cancellationToken)).OzgServices > 0)
        {
            return;
        }

        var directory = context.SharedDataDirectory;
        var files = directory is not null && SharedDataFiles.All(f => File.Exists(Path.Combine(directory, f)))
            ? SharedDataFiles.Select(f => (Name: f, Content: File.ReadAllBytes(Path.Combine(directory, f)))).ToList()
            : [("built-in OZG sample", Encoding.UTF8.GetBytes(DemoCatalogSample.OzgServices)), ("built-in LeiKa sample", Encoding.UTF8.GetBytes(DemoCatalogSample.LeiKaServices))];
        foreach (var (name, content) in files)
        {
            var result = await importer.RunAsync(content, CatalogImportOptions.AddAndUpdate, commit: true, progress: null, cancellationToken);
            if (!result.Committed)
            {
                throw new InvalidOperationException($"The demo catalogue file {name} was refused: "
                    + string.Join("; ", result.Problems.Take(5).Select(p => $"row {p.Row} {p.Column}: {p.Message}")));
            }

            logger.LogInformation("Demo catalogue: {File} imported, {Created} entries", name, result.CreateCount);
            context.CountChange("demo catalogue entries imported", result.CreateCount);
        }

        await catalog.AddAsync(new CatalogProduct(Guid.NewGuid(), ProductKind.FormTool, "Form-Solutions"), cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }
}
