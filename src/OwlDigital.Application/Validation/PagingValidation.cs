using Microsoft.Extensions.Localization;
using OwlDigital.Dtos;
using OwlDigital.Localization;

namespace OwlDigital.Validation;

/// <summary>The paging rules every list shares, with the same messages naming the field.</summary>
public static class PagingValidation
{
    public static void AddPagingErrors(
        this ValidationErrorCollector errors,
        int skip,
        int take,
        IStringLocalizer<OwlDigitalResource> localizer,
        int maxTake = PagedAndSortedResultRequestDto.MaxTake)
    {
        if (take < 1 || take > maxTake)
        {
            errors.Add(nameof(PagedAndSortedResultRequestDto.Take), localizer["Validation:TakeRange", maxTake]);
        }

        if (skip < 0)
        {
            errors.Add(nameof(PagedAndSortedResultRequestDto.Skip), localizer["Validation:SkipRange"]);
        }
    }
}
