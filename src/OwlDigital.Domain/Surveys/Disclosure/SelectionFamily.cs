namespace OwlDigital.Surveys;

/// <summary>
/// The selections of a round that viewers outside the host roles may see, chosen so that adding and
/// subtracting their figures never isolates fewer than k + 1 respondents.
/// <para>
/// Every figure of a selection is a sum over its respondents, so whatever a viewer can compute from
/// any number of selections is a sum over the groups the selections separate: the respondents that
/// belong to exactly the same selections (the "atoms"). The family is built in a fixed order of
/// priority (the region, the two kinds, the districts, the districts within a kind, the size classes,
/// then the remaining combinations) and a selection is admitted only if every atom it splits off
/// keeps at least k + 1 respondents: k for the rule, one more because a viewer inside the group knows
/// its own answer and could take it away. A refused selection is not shown at all; selections with
/// the same respondents as an admitted one are the same figures and are admitted with it.
/// </para>
/// <para>
/// Respondents whose answers are known anyway (<see cref="ReportRespondent.DisclosedByConsent"/>
/// for the searchable questions) do not count towards a group's size; an atom made only of them has
/// nothing left to hide.
/// </para>
/// </summary>
public sealed class SelectionFamily
{
    private readonly Dictionary<ReportSelection, FamilyMember?> _bySelection;

    private SelectionFamily(IReadOnlyList<ReportRespondent> respondents, List<FamilyMember> members, int[] atomOf, Dictionary<ReportSelection, FamilyMember?> bySelection, int minimumGroup)
    {
        Respondents = respondents;
        Members = members;
        AtomOf = atomOf;
        AtomCount = atomOf.Length == 0 ? 0 : atomOf.Max() + 1;
        _bySelection = bySelection;
        MinimumGroup = minimumGroup;
    }

    public IReadOnlyList<ReportRespondent> Respondents { get; }

    /// <summary>The admitted selections with distinct respondents; the first is the region.</summary>
    public IReadOnlyList<FamilyMember> Members { get; }

    /// <summary>Per respondent (by index), the atom it belongs to.</summary>
    public IReadOnlyList<int> AtomOf { get; }

    public int AtomCount { get; }

    /// <summary>The smallest number of respondents (not disclosed by consent) an atom may have: k + 1.</summary>
    public int MinimumGroup { get; }

    /// <summary>The admitted member for a selection, or null when it is withheld to protect a small group (or was never a candidate).</summary>
    public FamilyMember? Find(ReportSelection selection) => _bySelection.GetValueOrDefault(selection.Normalized());

    /// <summary>
    /// Every selection a viewer can ask for, in the order of priority: what is admitted first is kept
    /// when two selections cannot both be shown.
    /// </summary>
    public static IReadOnlyList<ReportSelection> Candidates(IReadOnlyCollection<string> districtKeys)
    {
        var districts = districtKeys.Order(StringComparer.Ordinal).ToList();
        var kinds = new[] { Tenants.TenantKind.Municipality, Tenants.TenantKind.District };
        var sizes = Enum.GetValues<SizeClass>();
        var candidates = new List<ReportSelection> { ReportSelection.Region };
        candidates.AddRange(kinds.Select(k => new ReportSelection(Kind: k)));
        candidates.AddRange(districts.Select(d => new ReportSelection(DistrictKey: d)));
        candidates.AddRange(kinds.SelectMany(k => districts.Select(d => new ReportSelection(d, k))));
        candidates.AddRange(sizes.Select(s => new ReportSelection(SizeClass: s)));
        candidates.AddRange(kinds.SelectMany(k => sizes.Select(s => new ReportSelection(Kind: k, SizeClass: s))));
        candidates.AddRange(districts.SelectMany(d => sizes.Select(s => new ReportSelection(d, SizeClass: s))));
        candidates.AddRange(kinds.SelectMany(k => districts.SelectMany(d => sizes.Select(s => new ReportSelection(d, k, s)))));
        return candidates;
    }

    /// <param name="candidates">In order of priority; the first must be the region.</param>
    /// <param name="countsTowardsGroup">Whether a respondent's answer is unknown to other viewers (and so needs the company of others).</param>
    public static SelectionFamily Build(IReadOnlyList<ReportRespondent> respondents, IReadOnlyList<ReportSelection> candidates, int k, Func<ReportRespondent, bool>? countsTowardsGroup = null)
    {
        var minimum = k + 1;
        var counts = countsTowardsGroup ?? (_ => true);
        var atomOf = new int[respondents.Count];
        var atomCount = respondents.Count == 0 ? 0 : 1;
        var members = new List<FamilyMember>();
        var bySet = new Dictionary<string, FamilyMember>(StringComparer.Ordinal);
        var bySelection = new Dictionary<ReportSelection, FamilyMember?>();
        foreach (var candidate in candidates.Select(c => c.Normalized()))
        {
            if (bySelection.ContainsKey(candidate))
            {
                continue;
            }

            var inside = Enumerable.Range(0, respondents.Count).Where(i => candidate.Includes(respondents[i])).ToList();
            var signature = string.Join(',', inside);
            if (bySet.TryGetValue(signature, out var same))
            {
                same.Selections.Add(candidate);
                bySelection[candidate] = same;
                continue;
            }

            if (Split(atomOf, atomCount, inside, i => counts(respondents[i]), minimum) is not { } split)
            {
                bySelection[candidate] = null;
                continue;
            }

            (atomOf, atomCount) = split;
            var member = new FamilyMember(members.Count, inside, [candidate]);
            members.Add(member);
            bySet[signature] = member;
            bySelection[candidate] = member;
        }

        return new SelectionFamily(respondents, members, atomOf, bySelection, minimum);
    }

    /// <summary>The atoms after splitting each by the selection, or null when a part would keep 1 to minimum − 1 unknown respondents.</summary>
    private static (int[] AtomOf, int AtomCount)? Split(int[] atomOf, int atomCount, List<int> inside, Func<int, bool> counts, int minimum)
    {
        var isInside = new HashSet<int>(inside);
        var next = new int[atomOf.Length];
        var parts = new Dictionary<(int Atom, bool Inside), int>();
        var weights = new Dictionary<int, int>();
        for (var i = 0; i < atomOf.Length; i++)
        {
            var key = (atomOf[i], isInside.Contains(i));
            if (!parts.TryGetValue(key, out var part))
            {
                part = parts.Count;
                parts[key] = part;
                weights[part] = 0;
            }

            next[i] = part;
            weights[part] += counts(i) ? 1 : 0;
        }

        // Checked even when nothing splits: the region itself may be too small.
        return weights.Values.Any(w => w > 0 && w < minimum) ? null : (next, parts.Count);
    }
}

/// <summary>An admitted selection: its respondents (by index into the family's respondents) and every filter combination that selects exactly them.</summary>
public sealed record FamilyMember(int Index, IReadOnlyList<int> RespondentIndices, List<ReportSelection> Selections)
{
    public ReportSelection Selection => Selections[0];
}
