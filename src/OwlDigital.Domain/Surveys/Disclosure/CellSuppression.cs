using OwlDigital.Profiles;

namespace OwlDigital.Surveys;

/// <summary>
/// The frequency rule with secondary suppression, over every selection of a <see cref="SelectionFamily"/>
/// at once: a count of 1 to k − 1 tenants is hidden, and further counts are hidden until no hidden
/// small count can be recomputed by adding and subtracting the shown ones of any selections.
/// <para>
/// Because every admitted selection is a union of atoms, a figure is a sum of atom counts, and
/// "recomputable" is exact linear algebra over the atoms (<see cref="Subspace"/>): a hidden count of
/// answer a over selection S is recomputable when the indicator of S lies in the span of the
/// selections whose count of a is shown, plus – for questions with one answer per tenant, whose
/// cells and "not answered" add up to n – what is common to the spans of every other answer
/// (n minus the other answers). The cells hidden in addition are the least important ones that break
/// the equation – in selections of lower priority than the region, the smallest counts – as few as
/// needed.
/// </para>
/// <para>
/// Terms are free text: a hidden term is left out with its label (a term typed by one tenant would
/// name it), and an absent term says nothing, since it may be 0 or hidden.
/// </para>
/// </summary>
public static class CellSuppression
{
    /// <returns>Per family member (same order), the figures viewers outside the host roles may see.</returns>
    /// <param name="consentKnown">The question is searchable: the answers of respondents disclosed by consent are known to everyone.</param>
    public static IReadOnlyList<QuestionFigures> Protect(ProfileQuestion question, SelectionFamily family, IReadOnlyList<ProfileAnswer?> answers, int k, int lastYear, bool consentKnown = false)
    {
        var grid = new Grid(question, family, answers, k, lastYear, consentKnown);
        grid.SuppressUntilSafe();
        return family.Members.Select(grid.Figures).ToList();
    }

    private sealed class Grid
    {
        private readonly ProfileQuestion _question;
        private readonly SelectionFamily _family;
        private readonly int _k;
        private readonly bool _additive;
        private readonly bool _terms;
        private readonly List<string> _keys;
        private readonly IReadOnlyDictionary<string, string> _labels;
        private readonly int[][] _vectors;
        private readonly Dictionary<string, int[]> _values = new(StringComparer.Ordinal);
        private readonly Dictionary<string, bool[]> _shown = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Subspace> _spans = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int[]> _unknownValues = new(StringComparer.Ordinal);
        private readonly int _members;
        private readonly int[] _sizes;

        public Grid(ProfileQuestion question, SelectionFamily family, IReadOnlyList<ProfileAnswer?> answers, int k, int lastYear, bool consentKnown)
        {
            (_question, _family, _k) = (question, family, k);
            _additive = QuestionAggregation.IsAdditive(question);
            _terms = QuestionAggregation.IsTermList(question);
            _labels = _terms ? QuestionAggregation.TermLabels(question, answers) : new Dictionary<string, string>();
            var keysOf = answers.Select(a => QuestionAggregation.KeysOf(question, a, lastYear)).ToList();
            var answered = keysOf.Select(k => k.Count > 0).ToList();
            _keys = _terms ? [.. _labels.Keys.Order(StringComparer.Ordinal)] : [.. QuestionAggregation.FixedCells(question, lastYear)];
            _keys.Add(QuestionAggregation.NotAnsweredKey);

            // Members first; then every atom as a cell that is never shown, so the frequency rule also
            // holds for the groups a viewer can only compute (the region minus the shown size classes, say).
            var groups = family.Members.Select(m => m.RespondentIndices)
                .Concat(Enumerable.Range(0, family.AtomCount).Select(atom => (IReadOnlyList<int>)Enumerable.Range(0, family.Respondents.Count).Where(i => family.AtomOf[i] == atom).ToList()))
                .ToList();
            _members = family.Members.Count;
            _sizes = groups.Select(g => g.Count).ToArray();
            _vectors = groups.Select(g =>
            {
                var vector = new int[family.AtomCount];
                foreach (var i in g)
                {
                    vector[family.AtomOf[i]] = 1;
                }

                return vector;
            }).ToArray();

            foreach (var key in _keys)
            {
                bool Counts(int i) => key == QuestionAggregation.NotAnsweredKey ? !answered[i] : keysOf[i].Contains(key);
                _values[key] = groups.Select(g => g.Count(Counts)).ToArray();

                // Answers known by consent (peer search) can be subtracted: the rest must pass the rule too.
                _unknownValues[key] = groups.Select(g => g.Count(i => Counts(i) && !(consentKnown && family.Respondents[i].DisclosedByConsent))).ToArray();
                _shown[key] = _values[key].Select((v, group) => group < _members && (_terms && key != QuestionAggregation.NotAnsweredKey ? v >= k && !Sensitive(group, key) : !Sensitive(group, key))).ToArray();
            }
        }

        /// <remarks>
        /// Each round hides cells in order of least importance (the selection admitted last first,
        /// then the smallest count) until the recomputable cell is safe, then shows again whatever of
        /// those is not needed, most important first. Cells are only ever added to the hidden ones
        /// from one round to the next, so spans only shrink: a cell made safe stays safe, and the
        /// loop ends.
        /// </remarks>
        public void SuppressUntilSafe()
        {
            while (FindRecomputable() is { } cell)
            {
                var (member, key) = cell;
                var added = new List<(int Member, string Key)>();
                foreach (var candidate in Complements(key))
                {
                    SetShown(candidate.Key, candidate.Member, false);
                    added.Add(candidate);
                    if (!Recomputable(member, key))
                    {
                        break;
                    }
                }

                if (Recomputable(member, key))
                {
                    throw new InvalidOperationException($"Cell {key} of selection {member} stays recomputable with every other cell hidden.");
                }

                foreach (var candidate in added.OrderBy(c => c.Member).ThenByDescending(c => _values[c.Key][c.Member]))
                {
                    SetShown(candidate.Key, candidate.Member, true);
                    if (Recomputable(member, key))
                    {
                        SetShown(candidate.Key, candidate.Member, false);
                    }
                }
            }

            // A hidden cell the shown ones give back anyway protects nothing, and showing it adds no
            // equation a viewer did not have: show it (what is known stays exactly the same).
            foreach (var key in _keys)
            {
                for (var member = 0; member < _members; member++)
                {
                    if (!_shown[key][member] && !(_terms && key != QuestionAggregation.NotAnsweredKey) && Recomputable(member, key))
                    {
                        SetShown(key, member, true);
                    }
                }
            }
        }

        public QuestionFigures Figures(FamilyMember member)
        {
            var n = member.RespondentIndices.Count;
            var index = member.Index;
            int? Shown(string key) => _shown[key][index] ? _values[key][index] : null;
            var notAnswered = Shown(QuestionAggregation.NotAnsweredKey);
            var cellKeys = _keys.Where(k => k != QuestionAggregation.NotAnsweredKey);
            List<FigureCell> cells = _terms
                ? [.. cellKeys.Where(k => _shown[k][index]).Select(k => new FigureCell(_labels[k], _values[k][index]))
                    .OrderByDescending(c => c.Count).ThenBy(c => c.Key, StringComparer.CurrentCulture)]
                : [.. cellKeys.Select(k => new FigureCell(k, Shown(k)))];
            var withheld = _terms && cellKeys.Any(k => !_shown[k][index] && _values[k][index] > 0);
            return new QuestionFigures(_question.Id, _question.Type, n, notAnswered is { } na ? n - na : null, notAnswered, !_additive, cells, withheld);
        }

        private bool Small(int count) => count > 0 && count < _k;

        /// <summary>
        /// A count the frequency rule protects: 1 to k − 1 tenants, also once the answers known by
        /// consent are taken away; for "not answered" also when "answered" (n minus it) is that small.
        /// </summary>
        private bool Sensitive(int group, string key) =>
            Small(_values[key][group]) || Small(_unknownValues[key][group])
            || (key == QuestionAggregation.NotAnsweredKey && Small(_sizes[group] - _values[key][group]));

        private (int Member, string Key)? FindRecomputable()
        {
            foreach (var key in _keys)
            {
                for (var member = 0; member < _vectors.Length; member++)
                {
                    if (!_shown[key][member] && Sensitive(member, key) && Recomputable(member, key))
                    {
                        return (member, key);
                    }
                }
            }

            return null;
        }

        private bool Recomputable(int member, string key)
        {
            var known = SpanOfShown(key);
            if (_additive)
            {
                // n is known for every selection, so n minus all other answers is known too.
                var others = _keys.Where(k => k != key).Select(SpanOfShown).Aggregate(Subspace.Whole(_family.AtomCount), (all, span) => all.Intersect(span));
                known = known.Add(others);
            }

            return known.Contains(_vectors[member]);
        }

        private Subspace SpanOfShown(string key)
        {
            if (!_spans.TryGetValue(key, out var span))
            {
                span = Subspace.Span(_family.AtomCount, _vectors.Where((_, member) => _shown[key][member]));
                _spans[key] = span;
            }

            return span;
        }

        private void SetShown(string key, int member, bool shown)
        {
            _shown[key][member] = shown;
            _spans.Remove(key);
        }

        /// <summary>Cells that could be hidden as well, least important first: the selection admitted last (the region is first), then the smallest count.</summary>
        private IEnumerable<(int Member, string Key)> Complements(string key)
        {
            // An empty selection's counts are 0 for everyone to see: hiding one protects nothing.
            var keys = _additive ? _keys : [key];
            return keys
                .SelectMany(k => Enumerable.Range(0, _members).Where(m => _shown[k][m] && _vectors[m].Any(x => x != 0)).Select(m => (Member: m, Key: k)))
                .OrderByDescending(c => c.Member)
                .ThenBy(c => _values[c.Key][c.Member])
                .ThenBy(c => c.Key, StringComparer.Ordinal)
                .ToList();
        }
    }
}
