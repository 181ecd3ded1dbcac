namespace OwlDigital.HttpApi.Tests.Surveys.Disclosure;

/// <summary>
/// One published count: over the tenants <see cref="Tenants"/>, <see cref="Count"/> of them gave the answer
/// <see cref="Answer"/> to the question.
/// </summary>
public sealed record PublishedCount(IReadOnlySet<int> Tenants, string Answer, int Count);

/// <summary>
/// What the attacker knows about one question in one round.
/// <para>
/// Tenants are <c>0 .. TenantCount − 1</c> (respondents only). <see cref="Answers"/> is the answer universe and
/// always holds the not-answered key <c>"-"</c>. With <see cref="Additive"/> every tenant has exactly one answer of
/// the universe (so Σₐ x[t, a] = 1); otherwise every answer but <c>"-"</c> is an independent 0/1 variable per
/// tenant, and <c>"-"</c> with <c>"+"</c> (answered) form an additive pair: x[t, "-"] + x[t, "+"] = 1.
/// <see cref="Viewer"/> is the attacker's own tenant, whose answers it knows; <see cref="Hidden"/> are the cells
/// it sees suppressed, which must not be recomputable.
/// </para>
/// </summary>
public sealed record QuestionKnowledge(
    string QuestionId,
    int TenantCount,
    IReadOnlyList<string> Answers,
    bool Additive,
    IReadOnlyList<PublishedCount> Counts,
    int? Viewer,
    IReadOnlyList<(IReadOnlySet<int> Tenants, string Answer)> Hidden);

/// <summary>
/// Something the attacker can compute although it must not: <see cref="Kind"/> is one of the constants on
/// <see cref="LinearAttack"/> (<c>"single tenant"</c>, <c>"small group"</c>, <c>"hidden cell"</c>,
/// <c>"unproven class"</c>), <see cref="Tenants"/> are sorted ascending.
/// </summary>
public sealed record Finding(string QuestionId, string Answer, IReadOnlyList<int> Tenants, string Kind);

/// <summary>
/// Proves by exact linear algebra what an attacker can and cannot compute from published counts.
/// <para>
/// The unknowns are x[t, a] for every tenant t and answer a. The attacker knows the linear functionals W spanned
/// by one row per published count (Σ_{t ∈ Tenants} x[t, Answer]), the constraint row(s) of every tenant and, for
/// the viewer, a unit row per answer. A linear combination of the unknowns can be computed from the published
/// figures, whatever their values, exactly when it lies in W, so only spans matter, never right-hand sides.
/// </para>
/// <para>
/// W is never eliminated as a whole: for every answer a only W_a = { u : u ⊗ e_a ∈ W } matters (the combinations of
/// block a alone), and the constraint rows have so simple a shape that W_a follows from the n-wide spans of the
/// counts per answer (see <c>KnownPerBlock</c>). The tests check this against an elimination of the full matrix.
/// </para>
/// <para>
/// The arithmetic is exact modular arithmetic in GF(p), p = 2⁶¹ − 1. The attacker's combinations are rational; one
/// over ℚ is missed over GF(p) only if the rank of the full row matrix drops modulo p, i.e. p divides every one of
/// its non-zero maximal minors. For 0/1 incidence rows of selections that is not excluded in theory but does not
/// happen in practice; the reverse error, a rank drop making a combination appear computable, would only err on
/// the safe side.
/// </para>
/// </summary>
public static class LinearAttack
{
    public const string NotAnswered = "-";
    public const string Answered = "+";

    public const string SingleTenant = "single tenant";
    public const string SmallGroup = "small group";
    public const string HiddenCell = "hidden cell";
    public const string UnprovenClass = "unproven class";

    // How many unions of small classes the exact search may try per question before it gives up and reports the
    // classes it could not clear: generous for real designs (crossing partitions need some thousands), and it keeps
    // pathological ones, where every tenant is a class of its own, to a fraction of a second even in Debug.
    private const int UnionSearchBudget = 1_000_000;

    /// <summary>
    /// Everything about one question the attacker can compute although it must not; empty exactly when the design
    /// is proven safe for this viewer.
    /// </summary>
    /// <remarks>
    /// Per answer, in the order of <see cref="QuestionKnowledge.Answers"/>: the single tenants, the inclusion-minimal
    /// small groups (2 .. k − 1 tenants, so a computable tenant is not reported again inside every group holding it),
    /// and the unproven classes; then the recomputable hidden cells, in their given order.
    /// </remarks>
    /// <param name="k">The minimum group size: counts over 1 .. k − 1 tenants must stay unknown.</param>
    public static IReadOnlyList<Finding> Analyse(QuestionKnowledge knowledge, int k)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var n = knowledge.TenantCount;
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        var blockOf = BlocksOf(knowledge);
        var viewer = knowledge.Viewer;
        if (viewer is { } own && (own < 0 || own >= n))
        {
            throw new ArgumentException($"Viewer {own} is not a tenant 0..{n - 1}.", nameof(knowledge));
        }

        var known = KnownPerBlock(PublishedPerBlock(knowledge, blockOf, n), knowledge.Additive, blockOf, n);

        var findings = new List<Finding>();
        var budget = new SearchBudget(UnionSearchBudget);
        var analysed = new List<(Subspace Known, List<(string Kind, int[] Tenants)> Result)>();
        for (var a = 0; a < known.Length; a++)
        {
            // Answers published on the same selections usually share W_a; the union search is the costly part.
            var same = analysed.FindIndex(x => x.Known.SameAs(known[a]));
            var result = same >= 0 ? analysed[same].Result : AnalyseBlock(known[a], viewer, k, budget);
            if (same < 0)
            {
                analysed.Add((known[a], result));
            }

            findings.AddRange(result.Select(r => new Finding(knowledge.QuestionId, knowledge.Answers[a], r.Tenants, r.Kind)));
        }

        foreach (var (tenants, answer) in knowledge.Hidden)
        {
            if (known[Block(blockOf, answer)].Contains(Indicator(n, tenants)))
            {
                findings.Add(new Finding(knowledge.QuestionId, answer, [.. tenants.Order()], HiddenCell));
            }
        }

        return findings;
    }

    private static Dictionary<string, int> BlocksOf(QuestionKnowledge knowledge)
    {
        var blockOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var a = 0; a < knowledge.Answers.Count; a++)
        {
            if (!blockOf.TryAdd(knowledge.Answers[a], a))
            {
                throw new ArgumentException($"Answer '{knowledge.Answers[a]}' is listed twice.", nameof(knowledge));
            }
        }

        if (!blockOf.ContainsKey(NotAnswered) || (!knowledge.Additive && !blockOf.ContainsKey(Answered)))
        {
            throw new ArgumentException(knowledge.Additive
                ? $"The answers must include '{NotAnswered}'."
                : $"The answers must include '{NotAnswered}' and '{Answered}'.", nameof(knowledge));
        }

        return blockOf;
    }

    private static int Block(Dictionary<string, int> blockOf, string answer) =>
        blockOf.TryGetValue(answer, out var a) ? a : throw new ArgumentException($"Answer '{answer}' is not in the answer universe.", nameof(answer));

    private static ulong[] Indicator(int n, IEnumerable<int> tenants)
    {
        var vector = new ulong[n];
        foreach (var t in tenants)
        {
            if (t < 0 || t >= n)
            {
                throw new ArgumentException($"Tenant {t} is not a tenant 0..{n - 1}.", nameof(tenants));
            }

            vector[t] = 1;
        }

        return vector;
    }

    /// <summary>
    /// C_a, per block a: the span of the rows local to block a, i.e. the counts of answer a and the viewer's unit row.
    /// </summary>
    private static Subspace[] PublishedPerBlock(QuestionKnowledge knowledge, Dictionary<string, int> blockOf, int n)
    {
        var rowsOf = knowledge.Answers.Select(_ => new Dictionary<string, ulong[]>(StringComparer.Ordinal)).ToArray();
        foreach (var count in knowledge.Counts)
        {
            var tenants = count.Tenants.Order().ToArray();
            rowsOf[Block(blockOf, count.Answer)].TryAdd(string.Join(',', tenants), Indicator(n, tenants));
        }

        // Most selections are published for every answer: their rows are eliminated once, into a common base.
        var everywhere = rowsOf.Skip(1).Aggregate(rowsOf[0].Keys.ToHashSet(StringComparer.Ordinal), (keys, rows) =>
        {
            keys.IntersectWith(rows.Keys);
            return keys;
        });
        var common = new Subspace(n);
        if (knowledge.Viewer is { } viewer)
        {
            common.Add(Indicator(n, [viewer]));
        }

        foreach (var key in everywhere.Order(StringComparer.Ordinal))
        {
            common.Add(rowsOf[0][key]);
        }

        return Array.ConvertAll(rowsOf, rows =>
        {
            var span = common.Copy();
            foreach (var (key, row) in rows)
            {
                if (!everywhere.Contains(key))
                {
                    span.Add(row);
                }
            }

            return span;
        });
    }

    /// <summary>
    /// W_a = { u ∈ Fⁿ : u ⊗ e_a ∈ W }, for every block a, without eliminating the n·|Answers| wide matrix.
    /// <para>
    /// Every row of W is either local to one block (a count, a viewer unit row) or a tenant constraint row. So
    /// u ⊗ e_a ∈ W means u ⊗ e_a = Σ_b c_b ⊗ e_b + Σ_t λ_t d_t with c_b ∈ C_b and constraint rows d_t.
    /// </para>
    /// <para>
    /// Additive: d_t = Σ_b e_t ⊗ e_b, so Σ_t λ_t d_t = λ ⊗ (1, …, 1). Comparing block b ≠ a gives 0 = c_b + λ, so
    /// λ ∈ C_b for every b ≠ a; block a gives u = c_a + λ. Hence W_a = C_a + ∩_{b ≠ a} C_b (the empty intersection
    /// being Fⁿ: a question whose only answer is "-" is known entirely).
    /// </para>
    /// <para>
    /// Non-additive: d_t = e_t ⊗ (e_"-" + e_"+"). For an option a the blocks "-" and "+" only force λ into
    /// C_"-" ∩ C_"+" and leave block a alone: W_a = C_a. For a = "-" block "+" forces λ ∈ C_"+" and
    /// W_"-" = C_"-" + C_"+"; the same for "+".
    /// </para>
    /// </summary>
    private static Subspace[] KnownPerBlock(Subspace[] published, bool additive, Dictionary<string, int> blockOf, int n)
    {
        var m = published.Length;
        var known = new Subspace[m];
        if (additive)
        {
            // Prefix and suffix intersections give every ∩_{b ≠ a} C_b with O(m) intersections instead of O(m²).
            var prefix = new Subspace[m + 1];
            var suffix = new Subspace[m + 1];
            prefix[0] = Subspace.Full(n);
            suffix[m] = Subspace.Full(n);
            for (var a = 0; a < m; a++)
            {
                prefix[a + 1] = prefix[a].Intersect(published[a]);
            }

            for (var a = m - 1; a >= 0; a--)
            {
                suffix[a] = published[a].Intersect(suffix[a + 1]);
            }

            for (var a = 0; a < m; a++)
            {
                known[a] = published[a].Plus(prefix[a].Intersect(suffix[a + 1]));
            }

            return known;
        }

        Array.Copy(published, known, m);
        var (minus, plus) = (blockOf[NotAnswered], blockOf[Answered]);
        known[minus] = known[plus] = published[minus].Plus(published[plus]);
        return known;
    }

    /// <summary>
    /// The single tenants and small groups computable on one block, from the subspace W_a of what is known there.
    /// <para>
    /// Single tenant: e_t ∈ W_a exactly when a row of the reduced row echelon form is e_t. If e_t = Σ c_i r_i, the
    /// coefficient c_i is the value of e_t at the pivot of r_i (every other row is zero there), so c_i = 1 for the
    /// row whose pivot is t – which must exist, or e_t would be 0 – and 0 for all others: e_t is that row.
    /// </para>
    /// <para>
    /// Small group: tenants are grouped into classes with identical tuples (r_1[t], …, r_d[t]) across the basis of
    /// W_a. Every u ∈ W_a is a combination of the basis and hence constant on each class, so an indicator 1_T ∈ W_a
    /// is a union of whole classes; a tenant whose tuple is zero has u_t = 0 for all u ∈ W_a and is in no such T.
    /// Therefore, if every class with a non-zero tuple (the viewer aside, which is its own class since e_viewer is
    /// in W_a) has at least k members, no T with 1 ≤ |T| ≤ k − 1 is computable: that is the proof of safety.
    /// </para>
    /// <para>
    /// Where it fails, the small classes (non-zero tuple, fewer than k members) are searched exactly: every union of
    /// them with at most k − 1 tenants is tested for 1_T ∈ W_a. Reduction by the echelon form is linear, so the
    /// residue of a union is the sum of its classes' residues and the test is a sum of precomputed vectors. The
    /// inclusion-minimal unions found are reported as small groups (a class alone being the common case). A search
    /// that runs to the end proves the remaining small classes safe; one that exhausts its budget reports every
    /// small class it has not convicted as an unproven class, so an empty result is always a proof.
    /// </para>
    /// </summary>
    private static List<(string Kind, int[] Tenants)> AnalyseBlock(Subspace known, int? viewer, int k, SearchBudget budget)
    {
        var n = known.Width;
        var result = new List<(string Kind, int[] Tenants)>();
        var single = new bool[n];
        for (var i = 0; i < known.Rank; i++)
        {
            var t = known.Pivot(i);
            if (t != viewer && known.IsUnitRow(i))
            {
                single[t] = true;
                result.Add((SingleTenant, [t]));
            }
        }

        if (k <= 1)
        {
            return result;
        }

        var classes = new Dictionary<ulong[], List<int>>(TupleComparer.Instance);
        for (var t = 0; t < n; t++)
        {
            var tuple = known.Column(t);
            if (t == viewer || Array.TrueForAll(tuple, x => x == 0))
            {
                continue;
            }

            if (!classes.TryGetValue(tuple, out var members))
            {
                classes[tuple] = members = [];
            }

            members.Add(t);
        }

        // Residues are zero on the pivot columns; only the free columns need adding up.
        var free = Enumerable.Range(0, n).Where(c => !known.IsPivot(c)).ToArray();
        var candidates = new List<(int[] Members, ulong[] Residue)>();
        var groups = new List<List<int>>();
        foreach (var members in classes.Values.OrderBy(c => c[0]))
        {
            if (members.Count >= k || (members.Count == 1 && single[members[0]]))
            {
                continue;
            }

            var residue = known.Reduce(Indicator(n, members));
            var compact = Array.ConvertAll(free, c => residue[c]);
            if (Array.TrueForAll(compact, x => x == 0))
            {
                groups.Add([candidates.Count]);
            }

            candidates.Add(([.. members], compact));
        }

        var zeroAlone = groups.Select(g => g[0]).ToHashSet();
        var searchable = Enumerable.Range(0, candidates.Count).Where(c => !zeroAlone.Contains(c)).ToArray();
        var complete = new UnionSearch(candidates, searchable, k - 1, budget).Run(groups);

        // Only inclusion-minimal groups: a larger one is a smaller one plus a computable rest, reported on its own.
        var minimal = groups.Where(g => !groups.Any(h => h.Count < g.Count && h.All(g.Contains))).ToList();
        result.AddRange(minimal
            .Select(g => g.SelectMany(c => candidates[c].Members).Order().ToArray())
            .OrderBy(g => g[0]).ThenBy(g => g.Length)
            .Select(g => (SmallGroup, g)));
        if (!complete)
        {
            var convicted = minimal.SelectMany(g => g).ToHashSet();
            result.AddRange(searchable.Where(c => !convicted.Contains(c)).Select(c => (UnprovenClass, candidates[c].Members)));
        }

        return result;
    }

    /// <summary>The number of unions the searches of one question may still try.</summary>
    private sealed class SearchBudget(int unions)
    {
        private int _left = unions;

        public bool TryTake() => --_left >= 0;
    }

    /// <summary>
    /// Depth-first search over unions of small classes, in index order, of at most a number of tenants.
    /// <para>
    /// Each residue is fingerprinted by a fixed linear functional f (a dot product with pseudo-random weights). A
    /// union whose residues sum to zero has f-sum zero, so a non-zero f-sum proves the union is not computable at
    /// the cost of one addition; only the (rare) zero f-sums are checked on the full residues. The weights affect
    /// the speed only, never the answer.
    /// </para>
    /// </summary>
    private sealed class UnionSearch
    {
        private readonly List<(int[] Members, ulong[] Residue)> _candidates;
        private readonly int[] _searchable;
        private readonly ulong[] _fingerprints;
        private readonly int _maxTenants;
        private readonly SearchBudget _budget;
        private readonly int[] _chosen;

        public UnionSearch(List<(int[] Members, ulong[] Residue)> candidates, int[] searchable, int maxTenants, SearchBudget budget)
        {
            (_candidates, _searchable, _maxTenants, _budget) = (candidates, searchable, maxTenants, budget);
            _chosen = new int[maxTenants + 1];
            var width = candidates.Count > 0 ? candidates[0].Residue.Length : 0;
            var weights = new ulong[width];
            var state = 0x9E3779B97F4A7C15UL;
            for (var j = 0; j < width; j++)
            {
                // SplitMix64, reduced into the field.
                state += 0x9E3779B97F4A7C15UL;
                var z = (state ^ (state >> 30)) * 0xBF58476D1CE4E5B9UL;
                z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
                weights[j] = (z ^ (z >> 31)) % Field.P;
            }

            _fingerprints = Array.ConvertAll(searchable, c =>
            {
                var residue = candidates[c].Residue;
                ulong f = 0;
                for (var j = 0; j < width; j++)
                {
                    f = Field.Add(f, Field.Mul(weights[j], residue[j]));
                }

                return f;
            });
        }

        /// <returns>Whether every union was tried; the unions whose residue is zero are added to <paramref name="groups"/>.</returns>
        public bool Run(List<List<int>> groups) => Search(0, 0, 0, 0, groups);

        private bool Search(int from, int depth, int tenants, ulong fingerprint, List<List<int>> groups)
        {
            for (var s = from; s < _searchable.Length; s++)
            {
                var size = _candidates[_searchable[s]].Members.Length;
                if (tenants + size > _maxTenants)
                {
                    continue;
                }

                if (!_budget.TryTake())
                {
                    return false;
                }

                var sum = Field.Add(fingerprint, _fingerprints[s]);
                _chosen[depth] = _searchable[s];
                if (sum == 0 && ResidueVanishes(depth + 1))
                {
                    // Not extended: a larger computable union is this one plus a computable rest, met on its own.
                    groups.Add([.. _chosen.Take(depth + 1)]);
                }
                else if (tenants + size < _maxTenants && !Search(s + 1, depth + 1, tenants + size, sum, groups))
                {
                    // Every class has a member, so a union that is already full is not extended at all.
                    return false;
                }
            }

            return true;
        }

        private bool ResidueVanishes(int count)
        {
            var width = _candidates[_chosen[0]].Residue.Length;
            for (var j = 0; j < width; j++)
            {
                ulong sum = 0;
                for (var i = 0; i < count; i++)
                {
                    sum = Field.Add(sum, _candidates[_chosen[i]].Residue[j]);
                }

                if (sum != 0)
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>Structural equality of coefficient tuples, to group tenants into classes.</summary>
    private sealed class TupleComparer : IEqualityComparer<ulong[]>
    {
        public static readonly TupleComparer Instance = new();

        public bool Equals(ulong[]? x, ulong[]? y) => x is not null && y is not null && x.AsSpan().SequenceEqual(y);

        public int GetHashCode(ulong[] obj)
        {
            var hash = new HashCode();
            foreach (var x in obj)
            {
                hash.Add(x);
            }

            return hash.ToHashCode();
        }
    }

    /// <summary>Arithmetic modulo the Mersenne prime p = 2⁶¹ − 1; values are kept in 0 .. p − 1.</summary>
    internal static class Field
    {
        public const ulong P = (1UL << 61) - 1;

        public static ulong Add(ulong a, ulong b)
        {
            var s = a + b;
            return s >= P ? s - P : s;
        }

        public static ulong Sub(ulong a, ulong b) => a >= b ? a - b : a + P - b;

        public static ulong Mul(ulong a, ulong b)
        {
            // The 122-bit product as two 64-bit halves: 2⁶¹ ≡ 1 (mod p), so its bits above 61 and its low 61 bits add
            // up to the same residue, less than 2p. (UInt128 would do the same, but the tests build in Debug, where
            // each of its operators is a call: twice as slow.)
            var high = Math.BigMul(a, b, out var low);
            var s = (low & P) + ((low >> 61) | (high << 3));
            return s >= P ? s - P : s;
        }

        /// <summary>target[j] −= c · row[j] for j ≥ from: the one loop the eliminations spend their time in.</summary>
        public static void SubtractMultiple(ulong[] target, ulong c, ulong[] row, int from)
        {
            // Mul and Sub written out: the tests build in Debug, where the JIT inlines nothing.
            for (var j = from; j < row.Length; j++)
            {
                var x = row[j];
                if (x == 0)
                {
                    continue;
                }

                var high = Math.BigMul(c, x, out var low);
                var product = (low & P) + ((low >> 61) | (high << 3));
                if (product >= P)
                {
                    product -= P;
                }

                var t = target[j];
                target[j] = t >= product ? t - product : t + P - product;
            }
        }

        public static ulong Inverse(ulong a)
        {
            if (a == 0)
            {
                throw new DivideByZeroException();
            }

            // Fermat: a^(p − 2) = a⁻¹.
            ulong result = 1, power = a;
            for (var e = P - 2; e > 0; e >>= 1)
            {
                if ((e & 1) == 1)
                {
                    result = Mul(result, power);
                }

                power = Mul(power, power);
            }

            return result;
        }
    }

    /// <summary>
    /// A subspace of Fⁿ held as its reduced row echelon form, which is unique: two subspaces are equal exactly when
    /// their forms are. Mutable only while it is being built.
    /// </summary>
    internal sealed class Subspace(int width)
    {
        private readonly int _width = width;
        private readonly List<ulong[]> _rows = [];
        private readonly List<int> _pivots = [];
        private readonly bool[] _isPivot = new bool[width];

        public int Width => _width;

        public int Rank => _rows.Count;

        public int Pivot(int row) => _pivots[row];

        public bool IsPivot(int column) => _isPivot[column];

        public static Subspace Full(int width)
        {
            var full = new Subspace(width);
            for (var c = 0; c < width; c++)
            {
                var unit = new ulong[width];
                unit[c] = 1;
                full._rows.Add(unit);
                full._pivots.Add(c);
                full._isPivot[c] = true;
            }

            return full;
        }

        public bool IsUnitRow(int row)
        {
            var r = _rows[row];
            var p = _pivots[row];
            for (var c = p + 1; c < _width; c++)
            {
                if (r[c] != 0)
                {
                    return false;
                }
            }

            return true;
        }

        public ulong[] Column(int column)
        {
            var tuple = new ulong[_rows.Count];
            for (var i = 0; i < tuple.Length; i++)
            {
                tuple[i] = _rows[i][column];
            }

            return tuple;
        }

        /// <summary>v minus its combination of the rows: zero on the pivot columns, and zero altogether iff v is in the span.</summary>
        public ulong[] Reduce(ulong[] vector)
        {
            var v = (ulong[])vector.Clone();
            for (var i = 0; i < _rows.Count; i++)
            {
                var p = _pivots[i];
                var c = v[p];
                if (c == 0)
                {
                    continue;
                }

                // Each other row is zero on this pivot, so one pass in any order clears every pivot column.
                Field.SubtractMultiple(v, c, _rows[i], p);
            }

            return v;
        }

        public bool Contains(ulong[] vector) => Array.TrueForAll(Reduce(vector), x => x == 0);

        /// <returns>Whether the vector enlarged the span.</returns>
        public bool Add(ulong[] vector)
        {
            if (vector.Length != _width)
            {
                throw new ArgumentException($"Expected a vector of length {_width}.", nameof(vector));
            }

            if (_rows.Count == _width)
            {
                return false;
            }

            var v = Reduce(vector);
            var p = Array.FindIndex(v, x => x != 0);
            if (p < 0)
            {
                return false;
            }

            var scale = Field.Inverse(v[p]);
            for (var j = p; j < _width; j++)
            {
                v[j] = Field.Mul(v[j], scale);
            }

            // Keep the form reduced: clear the new pivot column from the other rows. v is zero before p.
            foreach (var row in _rows)
            {
                var c = row[p];
                if (c == 0)
                {
                    continue;
                }

                Field.SubtractMultiple(row, c, v, p);
            }

            var at = _pivots.BinarySearch(p);
            at = ~at;
            _rows.Insert(at, v);
            _pivots.Insert(at, p);
            _isPivot[p] = true;
            return true;
        }

        public Subspace Plus(Subspace other)
        {
            var sum = Copy();
            foreach (var row in other._rows)
            {
                sum.Add(row);
            }

            return sum;
        }

        /// <summary>
        /// The intersection, from the residues ρ_j of the smaller space's basis v_j modulo the larger space: reduction is
        /// linear, so Σ β_j v_j lies in the larger space exactly when Σ β_j ρ_j = 0. The rows (ρ_j, e_j) span
        /// {(Σ β_j ρ_j, β)}; its vectors with a zero left part are (0, β) for exactly those β, and in reduced echelon
        /// form they are spanned by the rows whose pivot lies in the right part. As the v_j are independent, the
        /// images Σ β_j v_j of those β are a basis of the intersection.
        /// </summary>
        public Subspace Intersect(Subspace other)
        {
            var (large, small) = Rank >= other.Rank ? (this, other) : (other, this);
            if (large.Rank == _width || ReferenceEquals(large, small))
            {
                return small;
            }

            // Rows of the smaller space already in the larger one belong to the intersection as they are, and adding
            // them to a combination of the others does not change whether it lies in the larger space: only the
            // others need combining. Spaces sharing most of their rows, the common case, are intersected cheaply.
            var intersection = new Subspace(_width);
            var outside = new List<(ulong[] Row, ulong[] Residue)>();
            foreach (var row in small._rows)
            {
                var residue = large.Reduce(row);
                if (Array.TrueForAll(residue, x => x == 0))
                {
                    intersection.Add(row);
                }
                else
                {
                    outside.Add((row, residue));
                }
            }

            var d = outside.Count;
            var combinations = new Subspace(_width + d);
            for (var j = 0; j < d; j++)
            {
                var row = new ulong[_width + d];
                outside[j].Residue.CopyTo(row, 0);
                row[_width + j] = 1;
                combinations.Add(row);
            }

            for (var i = 0; i < combinations.Rank; i++)
            {
                if (combinations._pivots[i] < _width)
                {
                    continue;
                }

                var beta = combinations._rows[i];
                var vector = new ulong[_width];
                for (var j = 0; j < d; j++)
                {
                    var c = beta[_width + j];
                    if (c == 0)
                    {
                        continue;
                    }

                    Field.SubtractMultiple(vector, Field.Sub(0, c), outside[j].Row, 0);
                }

                intersection.Add(vector);
            }

            return intersection;
        }

        public bool SameAs(Subspace other) =>
            other.Width == _width && other.Rank == Rank && _pivots.SequenceEqual(other._pivots)
            && _rows.Zip(other._rows).All(pair => pair.First.AsSpan().SequenceEqual(pair.Second));

        public Subspace Copy()
        {
            var copy = new Subspace(_width);
            foreach (var row in _rows)
            {
                copy._rows.Add((ulong[])row.Clone());
            }

            copy._pivots.AddRange(_pivots);
            _isPivot.CopyTo(copy._isPivot, 0);
            return copy;
        }
    }
}
