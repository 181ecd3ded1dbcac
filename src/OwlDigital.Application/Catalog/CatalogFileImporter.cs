using System.Globalization;
using Microsoft.Extensions.Localization;
using OwlDigital.Import;
using OwlDigital.Localization;
using OwlDigital.OnlineServices;
using OwlDigital.Uow;

namespace OwlDigital.Catalog;

/// <summary>
/// Imports the federal catalogues in the CSV layouts of the KDN NRW OZG database and the LeiKa type
/// codes. The kind of file is recognised by its header, so the host just drops files in (topics and
/// life situations, then OZG services, then LeiKa services). Every row is checked before anything is
/// written; the whole file is then written in one save or, with any problem, not at all. Rows are
/// matched by their catalogue key, so importing the same file again changes nothing. Entries a
/// newer file no longer lists are retired (never deleted: tenants' services stay mapped to them),
/// but only when the caller confirms it: a truncated or wrong file must not wipe the catalogue
/// that every tenant's coverage, pickers and orphan lists depend on.
/// Used by <see cref="CatalogImportAppService"/> (which checks the permission) and the demo seeding.
/// </summary>
/// <remarks>
/// Preview and import run the same plan against tracked entities; the preview's changes are simply
/// never saved (each app service call has its own unit of work, which is discarded).
/// </remarks>
public sealed class CatalogFileImporter(
    ICatalogRepository catalog,
    IRegionalServiceRepository regional,
    IUnitOfWork unitOfWork,
    IStringLocalizer<OwlDigitalResource> localizer)
{
    private const int ProgressStep = 500;

    /// <param name="commit">False: only say what would happen.</param>
    public async Task<CatalogImportResultDto> RunAsync(byte[] content, CatalogImportOptions options, bool commit, IProgress<CatalogImportProgress>? progress, CancellationToken cancellationToken)
    {
        var result = await PlanAsync(content, options, progress, cancellationToken);
        if (commit && result.Problems.Count == 0)
        {
            progress?.Report(new CatalogImportProgress(CatalogImportStage.Writing, 0, result.RowCount));

            // One save, one transaction: the whole catalogue file or nothing.
            await unitOfWork.SaveChangesAsync(cancellationToken);
            result = result with { Committed = true };
        }

        progress?.Report(new CatalogImportProgress(CatalogImportStage.Done, result.RowCount, result.RowCount));
        return result;
    }

    private async Task<CatalogImportResultDto> PlanAsync(byte[] content, CatalogImportOptions options, IProgress<CatalogImportProgress>? progress, CancellationToken cancellationToken)
    {
        progress?.Report(new CatalogImportProgress(CatalogImportStage.Reading, 0, 0));
        // A catalogue file's header is its first row.
        var (table, fileProblem) = TableImport.Locate<string[]>(content, CatalogConsts.MaxImportRows, rows => rows.Count > 0 ? (0, rows[0]) : null, localizer["Import:Empty"], localizer);
        if (table is null)
        {
            return Failed(null, 0, fileProblem!);
        }

        var header = table.Columns.Select(h => h.Trim().ToLowerInvariant()).ToArray();
        var (kind, layoutProblem) = Recognise(header, table.Columns);
        if (kind is null)
        {
            return Failed(null, 0, new ImportProblemDto(table.HeaderRow, string.Empty, layoutProblem!));
        }

        var dataRows = table.DataRows.Select(r => new SourceRow(r.Number, r.Cells, header)).ToList();
        if (dataRows.Count == 0)
        {
            // A header without rows would otherwise say "the catalogue is now empty".
            return Failed(kind, 0, new ImportProblemDto(table.HeaderRow, string.Empty, localizer["Catalog:NoDataRows"]));
        }

        var problems = new List<ImportProblemDto>();
        foreach (var row in dataRows.Where(r => r.Cells.Length != header.Length))
        {
            problems.Add(new ImportProblemDto(row.Number, string.Empty, localizer["Catalog:FieldCount", row.Cells.Length, header.Length]));
        }

        if (problems.Count > 0)
        {
            return Failed(kind, dataRows.Count, [.. problems.Take(100)]);
        }

        var plan = new Plan(kind.Value, dataRows.Count, problems, progress);
        switch (kind)
        {
            case CatalogFileKind.Topics:
                await PlanTopicsAsync(dataRows, plan, cancellationToken);
                break;
            case CatalogFileKind.LifeSituations:
                await PlanLifeSituationsAsync(dataRows, plan, cancellationToken);
                break;
            case CatalogFileKind.OzgServices:
                await PlanOzgServicesAsync(dataRows, plan, cancellationToken);
                break;
            case CatalogFileKind.LeiKaServices:
                await PlanLeiKaServicesAsync(dataRows, plan, cancellationToken);
                break;
            case CatalogFileKind.LeiKaTypes:
                await PlanLeiKaTypesAsync(dataRows, plan, cancellationToken);
                break;
        }

        var retireApplied = false;
        var orphans = 0;
        if (plan.RetireCandidates.Count > 0 && problems.Count == 0)
        {
            orphans = await regional.CountMappedServicesAsync(
                plan.RetireCandidates.Select(c => c.LeiKaServiceId).OfType<Guid>().ToList(),
                plan.RetireCandidates.Select(c => c.OzgServiceId).OfType<int>().ToList(),
                cancellationToken);
            if (options.RetireMissing && plan.RetireCandidates.Count * 2 > plan.CurrentEntries && !options.Force)
            {
                problems.Add(new ImportProblemDto(0, string.Empty, localizer["Catalog:RetireTooMany", plan.RetireCandidates.Count, plan.CurrentEntries]));
            }
            else if (options.RetireMissing)
            {
                plan.RetireCandidates.ForEach(c => c.Retire());
                retireApplied = true;
            }
        }

        // A long list of problems is not read to the end; the first hundred say what is wrong.
        return new CatalogImportResultDto(
            false, kind, dataRows.Count, plan.Created, plan.Updated, plan.Unchanged, plan.RetireCandidates.Count, [.. problems.Take(100)],
            retireApplied, [.. plan.RetireCandidates.Take(RetireSampleSize).Select(c => c.Label)], orphans, plan.CurrentEntries);
    }

    private const int RetireSampleSize = 50;

    /// <summary>The columns each layout reads; a file is of a kind only when it has all of them.</summary>
    private static readonly (CatalogFileKind Kind, string[] Columns)[] Layouts =
    [
        (CatalogFileKind.LeiKaServices, ["leika_schluessel", "leika_bezeichnung", "leika_typ", "ozg_id", "rechtsgrundlagen", "sdg1_relevant", "sdg2_relevant"]),
        (CatalogFileKind.OzgServices, ["ozg_id", "ozg_leistung", "lage", "themenfeld"]),
        (CatalogFileKind.LifeSituations, ["lage_id", "lage", "themenfeld_id"]),
        (CatalogFileKind.Topics, ["themenfeld_id", "themenfeld"]),
        (CatalogFileKind.LeiKaTypes, ["typ", "beschreibung"]),
    ];

    /// <summary>
    /// The layout whose own columns (those no other layout has) the header shows most decides,
    /// then the one with most of its columns: a LeiKa file missing columns still looks like LeiKa
    /// (not like the OZG services, whose columns it also carries), so it is refused naming the
    /// missing column instead of being taken as another catalogue.
    /// </summary>
    private (CatalogFileKind? Kind, string? Problem) Recognise(string[] header, string[] rawHeader)
    {
        var closest = Layouts
            .Select(layout => (
                layout.Kind,
                Own: layout.Columns.Count(c => header.Contains(c) && !Layouts.Any(other => other.Kind != layout.Kind && other.Columns.Contains(c))),
                Present: layout.Columns.Count(header.Contains),
                Missing: layout.Columns.Where(c => !header.Contains(c)).ToList()))
            .OrderByDescending(l => l.Own)
            .ThenByDescending(l => l.Present)
            .ThenBy(l => l.Missing.Count)
            .First();
        if (closest.Present > 0 && closest.Missing.Count == 0)
        {
            return (closest.Kind, null);
        }

        var found = string.Join(", ", rawHeader.Take(6).Select(h => h.Trim()));
        if (header.Length == 1 && (rawHeader[0].Contains(';') || rawHeader[0].Contains('\t')))
        {
            return (null, localizer["Catalog:WrongDelimiter", found]);
        }

        return closest.Present < 2
            ? (null, localizer["Catalog:UnknownLayout", found])
            : (null, localizer["Catalog:MissingColumns", localizer[$"CatalogFileKind:{closest.Kind}"], string.Join(", ", closest.Missing.Select(c => $"„{c}“"))]);
    }

    private async Task PlanTopicsAsync(List<SourceRow> rows, Plan plan, CancellationToken cancellationToken)
    {
        var existing = (await catalog.GetTopicsAsync(cancellationToken)).ToDictionary(t => t.Id);
        var seen = new Dictionary<int, int>();
        foreach (var row in rows)
        {
            var id = RequireId(row, "themenfeld_id", seen, plan);
            var name = RequireText(row, "themenfeld", CatalogConsts.MaxTopicLength, plan);
            if (id is null || name is null || plan.HasProblems)
            {
                continue;
            }

            if (existing.TryGetValue(id.Value, out var topic))
            {
                plan.Count(topic.Rename(name));
            }
            else
            {
                await catalog.AddAsync(new OzgTopic(id.Value, name), cancellationToken);
                plan.Created++;
            }
        }
    }

    private async Task PlanLifeSituationsAsync(List<SourceRow> rows, Plan plan, CancellationToken cancellationToken)
    {
        var existing = (await catalog.GetLifeSituationsAsync(cancellationToken)).ToDictionary(l => l.Id);
        var seen = new Dictionary<int, int>();
        foreach (var row in rows)
        {
            var id = RequireId(row, "lage_id", seen, plan);
            var name = RequireText(row, "lage", CatalogConsts.MaxTopicLength, plan);
            var topicId = ParseInt(row, "themenfeld_id", plan);
            if (id is null || name is null || topicId is null || plan.HasProblems)
            {
                continue;
            }

            if (existing.TryGetValue(id.Value, out var situation))
            {
                plan.Count(situation.Update(name, topicId.Value));
            }
            else
            {
                await catalog.AddAsync(new OzgLifeSituation(id.Value, name, topicId.Value), cancellationToken);
                plan.Created++;
            }
        }
    }

    private async Task PlanOzgServicesAsync(List<SourceRow> rows, Plan plan, CancellationToken cancellationToken)
    {
        var existing = (await catalog.GetOzgServicesForUpdateAsync(cancellationToken)).ToDictionary(s => s.Id);
        plan.Current(existing.Values.Count(s => !s.IsRetired));
        var seen = new Dictionary<int, int>();
        var created = new List<OzgService>();
        foreach (var row in rows)
        {
            plan.Tick(row);
            var id = RequireId(row, "ozg_id", seen, plan);
            var name = RequireText(row, "ozg_leistung", CatalogConsts.MaxNameLength, plan);
            var lifeSituation = RequireText(row, "lage", CatalogConsts.MaxTopicLength, plan);
            var topic = RequireText(row, "themenfeld", CatalogConsts.MaxTopicLength, plan);
            var responsibility = OptionalText(row, "ozg_typ_abgeleitet", CatalogConsts.MaxResponsibilityTypeLength, plan)
                ?? OptionalText(row, "ozg_typ", CatalogConsts.MaxResponsibilityTypeLength, plan);
            if (id is null || name is null || lifeSituation is null || topic is null || plan.HasProblems)
            {
                continue;
            }

            if (existing.TryGetValue(id.Value, out var service))
            {
                plan.Count(service.Update(name, lifeSituation, topic, responsibility));
            }
            else
            {
                created.Add(new OzgService(id.Value, name, lifeSituation, topic, responsibility));
            }
        }

        foreach (var missing in existing.Values.Where(s => !seen.ContainsKey(s.Id) && !s.IsRetired).OrderBy(s => s.Id))
        {
            plan.RetireCandidates.Add(new RetireCandidate($"{missing.Id} – {missing.Name}", null, missing.Id, () => missing.Retire()));
        }

        plan.Created = created.Count;
        await catalog.AddRangeAsync(created, cancellationToken);
    }

    private async Task PlanLeiKaServicesAsync(List<SourceRow> rows, Plan plan, CancellationToken cancellationToken)
    {
        var existing = (await catalog.GetLeiKaServicesForUpdateAsync(cancellationToken)).ToDictionary(s => s.Identity, StringComparer.Ordinal);
        plan.Current(existing.Values.Count(s => !s.IsRetired));
        var ozgIds = await catalog.GetOzgServiceIdsAsync(cancellationToken);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var created = new List<LeiKaService>();
        foreach (var row in rows)
        {
            plan.Tick(row);
            var keyText = row.Get("leika_schluessel").Trim();
            string? key = keyText.Equals(CatalogConsts.NotInLeiKaMarker, StringComparison.OrdinalIgnoreCase) ? null : keyText;
            if (key is not null && !CatalogConsts.IsLeiKaKey(key))
            {
                plan.Problem(row, "leika_schluessel", localizer["Catalog:BadLeiKaKey", keyText, CatalogConsts.LeiKaKeyLength, CatalogConsts.NotInLeiKaMarker]);
            }

            var name = RequireText(row, "leika_bezeichnung", CatalogConsts.MaxNameLength, plan);
            var type = OptionalText(row, "leika_typ", CatalogConsts.MaxLeiKaTypeLength, plan);
            var ozgText = row.Get("ozg_id").Trim();
            int? ozgId = null;
            if (ozgText.Length > 0)
            {
                if (!int.TryParse(ozgText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
                {
                    plan.Problem(row, "ozg_id", localizer["Catalog:BadNumber", ozgText]);
                }
                else if (!ozgIds.Contains(parsed))
                {
                    plan.Problem(row, "ozg_id", localizer["Catalog:UnknownOzgService", parsed]);
                }
                else
                {
                    ozgId = parsed;
                }
            }

            var legalBasis = OptionalText(row, "rechtsgrundlagen", CatalogConsts.MaxLegalBasisLength, plan);
            var sdg = ParseFlag(row, "sdg1_relevant", plan) | ParseFlag(row, "sdg2_relevant", plan);
            if (name is null || plan.HasProblems)
            {
                continue;
            }

            var occurrence = 1;
            var identity = LeiKaService.IdentityOf(key, name, ozgId, occurrence);
            if (seen.TryGetValue(identity, out var firstRow))
            {
                if (key is not null)
                {
                    plan.Problem(row, "leika_schluessel", localizer["Catalog:DuplicateRow", key, firstRow]);
                    continue;
                }

                while (seen.ContainsKey(identity))
                {
                    identity = LeiKaService.IdentityOf(key, name, ozgId, ++occurrence);
                }
            }

            seen[identity] = row.Number;
            if (existing.TryGetValue(identity, out var service))
            {
                plan.Count(service.Update(name, type, ozgId, legalBasis, sdg));
            }
            else
            {
                var added = new LeiKaService(Guid.NewGuid(), key, name, occurrence);
                added.Update(name, type, ozgId, legalBasis, sdg);
                created.Add(added);
            }
        }

        if (plan.HasProblems)
        {
            return;
        }

        foreach (var missing in existing.Values.Where(s => !seen.ContainsKey(s.Identity) && !s.IsRetired).OrderBy(s => s.Key).ThenBy(s => s.Name))
        {
            plan.RetireCandidates.Add(new RetireCandidate($"{missing.Key ?? CatalogConsts.NotInLeiKaMarker} – {missing.Name}", missing.Id, null, () => missing.Retire()));
        }

        plan.Created = created.Count;
        await catalog.AddRangeAsync(created, cancellationToken);
    }

    private async Task PlanLeiKaTypesAsync(List<SourceRow> rows, Plan plan, CancellationToken cancellationToken)
    {
        var existing = (await catalog.GetLeiKaTypesAsync(cancellationToken)).ToDictionary(t => t.Id, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var code = RequireText(row, "typ", CatalogConsts.MaxLeiKaTypeLength, plan);
            var description = RequireText(row, "beschreibung", CatalogConsts.MaxNameLength, plan);
            if (code is null || description is null || plan.HasProblems)
            {
                continue;
            }

            if (!seen.Add(code))
            {
                plan.Problem(row, "typ", localizer["Catalog:DuplicateRow", code, string.Empty]);
                continue;
            }

            if (existing.TryGetValue(code, out var type))
            {
                plan.Count(type.Describe(description));
            }
            else
            {
                await catalog.AddAsync(new LeiKaType(code, description), cancellationToken);
                plan.Created++;
            }
        }
    }

    private int? RequireId(SourceRow row, string column, Dictionary<int, int> seen, Plan plan)
    {
        var id = ParseInt(row, column, plan);
        if (id is null)
        {
            return null;
        }

        if (seen.TryGetValue(id.Value, out var firstRow))
        {
            plan.Problem(row, column, localizer["Catalog:DuplicateRow", id.Value, firstRow]);
            return null;
        }

        seen[id.Value] = row.Number;
        return id;
    }

    private int? ParseInt(SourceRow row, string column, Plan plan)
    {
        var text = row.Get(column).Trim();
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        plan.Problem(row, column, localizer["Catalog:BadNumber", text]);
        return null;
    }

    private bool ParseFlag(SourceRow row, string column, Plan plan)
    {
        var text = row.Get(column).Trim();
        switch (text)
        {
            case "" or "0":
                return false;
            case "1":
                return true;
            default:
                plan.Problem(row, column, localizer["Catalog:BadFlag", text]);
                return false;
        }
    }

    private string? RequireText(SourceRow row, string column, int maxLength, Plan plan)
    {
        var text = OptionalText(row, column, maxLength, plan);
        if (text is null)
        {
            plan.Problem(row, column, localizer["Catalog:Missing"]);
        }

        return text;
    }

    private string? OptionalText(SourceRow row, string column, int maxLength, Plan plan)
    {
        var text = row.Get(column).Trim();
        if (text.Length > maxLength)
        {
            plan.Problem(row, column, localizer["Catalog:TooLong", text.Length, maxLength]);
            return null;
        }

        return text.Length == 0 ? null : text;
    }

    private static CatalogImportResultDto Failed(CatalogFileKind? kind, int rowCount, params ImportProblemDto[] problems) =>
        new(false, kind, rowCount, 0, 0, 0, 0, problems);

    /// <summary>A current entry the file no longer lists, and how to retire it once that is confirmed.</summary>
    private sealed record RetireCandidate(string Label, Guid? LeiKaServiceId, int? OzgServiceId, Action Retire);

    /// <summary>A data row with its number as a text editor shows it when no field spans lines.</summary>
    private sealed record SourceRow(int Number, string[] Cells, string[] Header)
    {
        public string Get(string column) => Array.IndexOf(Header, column) is var i and >= 0 && i < Cells.Length ? Cells[i] : string.Empty;
    }

    private sealed class Plan(CatalogFileKind kind, int total, List<ImportProblemDto> problems, IProgress<CatalogImportProgress>? progress)
    {
        public int Created { get; set; }

        public int Updated { get; private set; }

        public int Unchanged { get; private set; }

        /// <summary>Entries of the kind that are not retired before this import.</summary>
        public int CurrentEntries { get; private set; }

        public List<RetireCandidate> RetireCandidates { get; } = [];

        public void Current(int count) => CurrentEntries = count;

        public bool HasProblems => problems.Count > 0;

        public CatalogFileKind Kind => kind;

        public void Count(bool changed)
        {
            if (changed)
            {
                Updated++;
            }
            else
            {
                Unchanged++;
            }
        }

        public void Problem(SourceRow row, string column, string message) => problems.Add(new ImportProblemDto(row.Number, column, message));

        public void Tick(SourceRow row)
        {
            var index = row.Number - 2; // the first data row is row 2
            if (index % ProgressStep == 0)
            {
                progress?.Report(new CatalogImportProgress(CatalogImportStage.Checking, index, total));
            }
        }
    }
}
