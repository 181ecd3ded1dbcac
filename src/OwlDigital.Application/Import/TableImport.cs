using Microsoft.Extensions.Localization;
using OwlDigital.Uow;

namespace OwlDigital.Import;

/// <summary>A table found in an uploaded file: where its header is, what its columns are, and its data rows.</summary>
public sealed record LocatedTable<TColumns>(int HeaderRow, TColumns Columns, IReadOnlyList<TableRow> DataRows);

/// <summary>What an import would do (its result), and how to do it, or no way to when it has problems.</summary>
public sealed record ImportPlan<TResult>(TResult Result, Func<Task>? Apply);

/// <summary>
/// The steps every tabular import shares: read the file within the import's limits, find the first
/// sheet with a recognisable header (a workbook may carry a report sheet before the table), and
/// either only say what would happen (preview) or write the whole file in one transaction.
/// </summary>
public static class TableImport
{
    /// <param name="findHeader">Looks at a sheet's first rows and returns the index of the header row and its columns, or null.</param>
    /// <param name="noHeader">The problem to report when no sheet has a header.</param>
    public static (LocatedTable<TColumns>? Table, ImportProblemDto? Problem) Locate<TColumns>(
        byte[]? content,
        int maxDataRows,
        Func<IReadOnlyList<string[]>, (int Index, TColumns Columns)?> findHeader,
        string noHeader,
        IStringLocalizer localizer)
    {
        var file = TableFileReader.Read(content, TableReadLimits.ForImport(maxDataRows));
        if (!file.IsReadable || file.IsBlank)
        {
            return (null, file.Describe(localizer));
        }

        foreach (var sheet in file.Sheets)
        {
            if (findHeader(sheet.Rows.Take(HeaderSearchRows).Select(r => r.Cells).ToList()) is not { } header)
            {
                continue;
            }

            var dataRows = sheet.Rows.Skip(header.Index + 1).Where(r => r.Cells.Any(c => !string.IsNullOrWhiteSpace(c))).ToList();
            if (dataRows.Count > maxDataRows)
            {
                return (null, new ImportProblemDto(0, string.Empty, localizer["Import:TooManyRows", dataRows.Count, maxDataRows]));
            }

            return (new LocatedTable<TColumns>(sheet.Rows[header.Index].Number, header.Columns, dataRows), null);
        }

        return (null, new ImportProblemDto(1, string.Empty, noHeader));
    }

    /// <summary>Preview (<paramref name="commit"/> false): the plan's result. Import: the plan applied and saved in one transaction.</summary>
    /// <remarks>A plan with problems has no way to apply it: nothing is written, the problems are the answer.</remarks>
    public static async Task<TResult> RunAsync<TResult>(
        ImportPlan<TResult> plan,
        bool commit,
        IUnitOfWork unitOfWork,
        Func<TResult, TResult> committed,
        CancellationToken cancellationToken)
    {
        if (!commit || plan.Apply is null)
        {
            return plan.Result;
        }

        await plan.Apply();

        // One save: the whole file is written in one transaction, or not at all.
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return committed(plan.Result);
    }

    /// <summary>How far down a sheet a header is looked for (titles and notes may stand above it).</summary>
    public const int HeaderSearchRows = 20;
}
