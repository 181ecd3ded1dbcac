namespace OwlDigital.Surveys;

/// <summary>
/// Keeps any viewer but host roles from learning about fewer than k tenants. Three rules:
/// a group of fewer than k respondents is not shown at all; a group that differs from a wider
/// selection (the same filters with one of them dropped) by 1 to k−1 tenants is not shown either,
/// because subtracting the two would expose that small remainder; and within a question a cell of
/// 1 to k−1 tenants is suppressed, together with the next smallest cell when it would otherwise be
/// the only one missing from a total that is shown (complementary suppression).
/// </summary>
public static class SmallGroupSuppression
{
    /// <returns>Null when the group may be shown, else why not.</returns>
    public static SuppressionReason? CheckGroup(int respondents, IEnumerable<int> widerSelectionRespondents, int k)
    {
        if (respondents < k)
        {
            return SuppressionReason.GroupTooSmall;
        }

        return widerSelectionRespondents.Any(wider => wider - respondents is > 0 && wider - respondents < k)
            ? SuppressionReason.DifferenceTooSmall
            : null;
    }

    public static QuestionFigures SuppressCells(QuestionFigures figures, int k)
    {
        static bool Small(int? count, int k) => count is > 0 && count < k;

        var cells = figures.Cells.ToList();
        var notAnswered = figures.NotAnswered;

        // Single-answer questions: the cells and "not answered" add up to n, which is shown.
        var additive = !figures.MultipleAnswers;
        var suppressed = cells.Where(c => Small(c.Count, k)).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var notAnsweredSuppressed = Small(notAnswered, k);
        if (additive && suppressed.Count + (notAnsweredSuppressed ? 1 : 0) == 1)
        {
            var next = cells.Where(c => c.Count is > 0 && !suppressed.Contains(c.Key)).OrderBy(c => c.Count).FirstOrDefault();
            if (next is not null && (notAnsweredSuppressed || notAnswered is not > 0 || next.Count <= notAnswered))
            {
                suppressed.Add(next.Key);
            }
            else if (notAnswered is > 0)
            {
                notAnsweredSuppressed = true;
            }
        }

        // Without the suppressed cells, "answered" would give their sum away when only one is hidden;
        // with two or more hidden it tells no single cell.
        return figures with
        {
            Cells = cells.Select(c => suppressed.Contains(c.Key) ? c with { Count = null } : c).ToList(),
            NotAnswered = notAnsweredSuppressed ? null : notAnswered,
        };
    }
}
