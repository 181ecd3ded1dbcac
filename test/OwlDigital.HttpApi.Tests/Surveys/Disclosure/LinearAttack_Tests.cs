namespace OwlDigital.HttpApi.Tests.Surveys.Disclosure;

/// <summary>
/// The attack model itself: known disclosures must be found, safe designs must come out empty, and the shortcuts
/// of <see cref="LinearAttack"/> must agree with a plain elimination of the full row matrix.
/// </summary>
public class LinearAttack_Tests
{
    private static readonly string[] _yesNo = ["-", "yes", "no"];

    [Fact]
    public void Region_Minus_Two_Sibling_Districts_Should_Name_The_Tenant_Left_Over()
    {
        // Region 0..7; the districts {0,1,2} and {3,4,5,6} leave tenant 7; the cross-cutting selection
        // {1,2,4,5,6} then also gives away the pair {0,3} = D1 + D2 − S.
        Selection[] selections = [new(Range(0, 8)), new([0, 1, 2]), new([3, 4, 5, 6]), new([1, 2, 4, 5, 6])];

        var findings = LinearAttack.Analyse(Additive(8, selections), k: 3);

        foreach (var answer in _yesNo)
        {
            findings.Where(f => f.Answer == answer).Select(f => (f.Kind, string.Join(",", f.Tenants)))
                .ShouldBe([(LinearAttack.SingleTenant, "7"), (LinearAttack.SmallGroup, "0,3")], ignoreOrder: true);
        }

        findings.Count.ShouldBe(6);
    }

    [Fact]
    public void Two_Disjoint_Blocks_Of_Six_Should_Be_Safe_Even_For_A_Viewer_Inside()
    {
        Selection[] selections = [new(Range(0, 12)), new(Range(0, 6)), new(Range(6, 6))];

        LinearAttack.Analyse(Additive(12, selections), k: 5).ShouldBeEmpty();
        LinearAttack.Analyse(Additive(12, selections, viewer: 0), k: 5).ShouldBeEmpty();
        LinearAttack.Analyse(Additive(12, selections, viewer: 9), k: 5).ShouldBeEmpty();
    }

    [Fact]
    public void A_Viewer_In_A_Block_Of_Five_Should_Learn_The_Other_Four()
    {
        Selection[] selections = [new(Range(0, 10)), new(Range(0, 5)), new(Range(5, 5))];

        var findings = LinearAttack.Analyse(Additive(10, selections, viewer: 0), k: 5);

        findings.Select(f => f.Answer).ShouldBe(_yesNo, ignoreOrder: true);
        foreach (var finding in findings)
        {
            finding.Kind.ShouldBe(LinearAttack.SmallGroup);
            finding.Tenants.ShouldBe([1, 2, 3, 4]);
        }
    }

    [Fact]
    public void A_Hidden_Yes_Should_Be_Recomputable_From_The_Shown_No_And_Not_Answered()
    {
        // Every tenant has exactly one answer, so yes = |block| − no − not answered.
        var block = Range(0, 6);
        var region = new Selection(Range(0, 12));

        var leaking = LinearAttack.Analyse(Additive(12, [region, new(block, Hidden: ["yes"])]), k: 5);
        var safe = LinearAttack.Analyse(Additive(12, [region, new(block, Hidden: ["yes", "no"])]), k: 5);

        var finding = leaking.ShouldHaveSingleItem();
        (finding.Kind, finding.Answer).ShouldBe((LinearAttack.HiddenCell, "yes"));
        finding.Tenants.ShouldBe(block);
        safe.ShouldBeEmpty("yes + no of the block is known, but neither alone");
    }

    [Fact]
    public void A_Hidden_Term_Should_Be_Recomputable_As_The_Region_Minus_Its_Sibling()
    {
        // Terms are independent 0/1 variables: only "-" and "+" add up, so nothing but the counts of the term help.
        string[] answers = ["-", "+", "LoRaWAN", "Glasfaser"];
        var region = new Selection(Range(0, 12));

        var leaking = LinearAttack.Analyse(Knowledge(12, answers, additive: false,
            [region, new(Range(0, 6), Hidden: ["LoRaWAN"]), new(Range(6, 6))]), k: 5);
        var safe = LinearAttack.Analyse(Knowledge(12, answers, additive: false,
            [region, new(Range(0, 6), Hidden: ["LoRaWAN"]), new(Range(6, 6), Hidden: ["LoRaWAN"])]), k: 5);

        var finding = leaking.ShouldHaveSingleItem();
        (finding.Kind, finding.Answer).ShouldBe((LinearAttack.HiddenCell, "LoRaWAN"));
        finding.Tenants.ShouldBe(Range(0, 6));
        safe.ShouldBeEmpty();
    }

    [Fact]
    public void Crossing_Partitions_With_Small_Intersections_Should_Be_Proven_Safe()
    {
        // Districts {0..5}, {6..11} cross categories {0,1,2,6,7,8}, {3,4,5,9,10,11}: the four intersections have
        // three tenants each (classes under k), yet no union of at most four tenants is a combination of the four
        // selections – the exact union search clears what the class-size argument alone cannot.
        Selection[] selections =
        [
            new(Range(0, 12)), new(Range(0, 6)), new(Range(6, 6)), new([0, 1, 2, 6, 7, 8]), new([3, 4, 5, 9, 10, 11]),
        ];

        LinearAttack.Analyse(Additive(12, selections), k: 5).ShouldBeEmpty();
        LinearAttack.Analyse(Additive(12, selections), k: 7).Select(f => f.Kind).Distinct()
            .ShouldBe([LinearAttack.SmallGroup], "a district of six is a group under seven");
    }

    [Fact]
    public void A_Design_Too_Tangled_To_Search_Should_Be_Reported_As_Unproven()
    {
        // Thirty random halves of sixty tenants give every tenant a class of its own; unions of up to eleven of
        // them are far too many to try, so the analysis must not claim safety.
        var random = new Random(7);
        var selections = Enumerable.Range(0, 30)
            .Select(_ => new Selection([.. Enumerable.Range(0, 60).Where(_ => random.Next(2) == 0)]))
            .Prepend(new Selection(Range(0, 60)))
            .ToArray();

        var findings = LinearAttack.Analyse(Additive(60, selections), k: 12);

        findings.ShouldContain(f => f.Kind == LinearAttack.UnprovenClass);
        findings.ShouldNotContain(f => f.Kind == LinearAttack.SingleTenant);
    }

    [Fact]
    public void Unions_Of_Six_Blocks_Of_Twenty_Should_Be_Analysed_At_Full_Size()
    {
        // 120 tenants, 10 answers, 20 random unions of 6 fixed blocks: 200 count rows, 1,200 unknowns.
        var random = new Random(2026);
        var selections = new List<Selection> { new(Range(0, 120)) };
        while (selections.Count < 20)
        {
            var blocks = Enumerable.Range(0, 6).Where(_ => random.Next(2) == 0).ToArray();
            if (blocks.Length > 0)
            {
                selections.Add(new([.. blocks.SelectMany(b => Range(20 * b, 20))]));
            }
        }

        string[] answers = ["-", .. Enumerable.Range(1, 9).Select(i => $"option{i}")];

        var findings = LinearAttack.Analyse(Knowledge(120, answers, additive: true, selections, viewer: 17), k: 5);

        findings.ShouldBeEmpty();
    }

    [Fact]
    public void Answers_Outside_The_Universe_Should_Be_Rejected()
    {
        var knowledge = Additive(3, [new(Range(0, 3))]) with
        {
            Counts = [new PublishedCount(new HashSet<int> { 0, 1, 2 }, "maybe", 1)],
        };

        Should.Throw<ArgumentException>(() => LinearAttack.Analyse(knowledge, k: 2));
        Should.Throw<ArgumentException>(() => LinearAttack.Analyse(knowledge with { Counts = [], Answers = ["yes"] }, k: 2));
    }

    [Fact]
    public void The_Shortcuts_Should_Agree_With_Eliminating_The_Full_Row_Matrix()
    {
        var random = new Random(1234);
        for (var round = 0; round < 400; round++)
        {
            var knowledge = RandomKnowledge(random);
            var k = random.Next(1, 6);

            var expected = BruteForce.Findings(knowledge, k).Order(StringComparer.Ordinal).ToList();
            var actual = LinearAttack.Analyse(knowledge, k).Select(Describe).Order(StringComparer.Ordinal).ToList();

            actual.ShouldBe(expected, $"round {round}: {knowledge.TenantCount} tenants, k = {k}, additive = {knowledge.Additive}, viewer = {knowledge.Viewer}");
        }
    }

    private static string Describe(Finding finding) => $"{finding.Kind} {finding.Answer} [{string.Join(",", finding.Tenants)}]";

    private static int[] Range(int start, int count) => [.. Enumerable.Range(start, count)];

    /// <summary>A selection whose counts are published for every answer except <see cref="Hidden"/>.</summary>
    private sealed record Selection(int[] Tenants, string[]? Hidden = null);

    private static QuestionKnowledge Additive(int n, IReadOnlyList<Selection> selections, int? viewer = null) =>
        Knowledge(n, _yesNo, additive: true, selections, viewer);

    private static QuestionKnowledge Knowledge(int n, IReadOnlyList<string> answers, bool additive, IReadOnlyList<Selection> selections, int? viewer = null)
    {
        var counts = new List<PublishedCount>();
        var hidden = new List<(IReadOnlySet<int> Tenants, string Answer)>();
        foreach (var selection in selections)
        {
            var tenants = selection.Tenants.ToHashSet();
            foreach (var answer in answers)
            {
                if (selection.Hidden?.Contains(answer) == true)
                {
                    hidden.Add((tenants, answer));
                }
                else
                {
                    // The figures themselves never matter to a span question.
                    counts.Add(new PublishedCount(tenants, answer, 0));
                }
            }
        }

        return new QuestionKnowledge("q", n, answers, additive, counts, viewer, hidden);
    }

    private static QuestionKnowledge RandomKnowledge(Random random)
    {
        var n = random.Next(1, 9);
        var additive = random.Next(2) == 0;
        var options = Enumerable.Range(0, random.Next(0, 3)).Select(i => $"o{i}");
        string[] answers = additive ? ["-", .. options] : ["-", "+", .. options];
        var counts = new List<PublishedCount>();
        var hidden = new List<(IReadOnlySet<int> Tenants, string Answer)>();
        for (var s = random.Next(0, 7); s > 0; s--)
        {
            IReadOnlySet<int> tenants = Enumerable.Range(0, n).Where(_ => random.Next(3) > 0).ToHashSet();
            foreach (var answer in answers)
            {
                if (random.Next(10) < 7)
                {
                    counts.Add(new PublishedCount(tenants, answer, 0));
                }
                else
                {
                    hidden.Add((tenants, answer));
                }
            }
        }

        int? viewer = random.Next(3) == 0 ? random.Next(n) : null;
        return new QuestionKnowledge("q", n, answers, additive, counts, viewer, hidden);
    }

    /// <summary>
    /// The literal definition, independent of <see cref="LinearAttack"/>'s shortcuts and of its prime: the full
    /// n·|Answers| wide row matrix eliminated over GF(1 000 000 007), every unit vector and every group of up to
    /// k − 1 tenants tested one by one. Reports the inclusion-minimal computable groups, as the analysis does.
    /// </summary>
    private static class BruteForce
    {
        private const long P = 1_000_000_007;

        public static IEnumerable<string> Findings(QuestionKnowledge q, int k)
        {
            var n = q.TenantCount;
            var m = q.Answers.Count;
            int Column(int t, int a) => (a * n) + t;
            var block = q.Answers.Select((answer, a) => (answer, a)).ToDictionary(x => x.answer, x => x.a);
            var rows = new List<long[]>();
            long[] Row(IEnumerable<int> columns)
            {
                var row = new long[n * m];
                foreach (var c in columns)
                {
                    row[c] = 1;
                }

                return row;
            }

            rows.AddRange(q.Counts.Select(c => Row(c.Tenants.Select(t => Column(t, block[c.Answer])))));
            for (var t = 0; t < n; t++)
            {
                var tenant = t;
                rows.Add(q.Additive
                    ? Row(Enumerable.Range(0, m).Select(a => Column(tenant, a)))
                    : Row([Column(t, block["-"]), Column(t, block["+"])]));
            }

            if (q.Viewer is { } v)
            {
                rows.AddRange(Enumerable.Range(0, m).Select(a => Row([Column(v, a)])));
            }

            var echelon = Eliminate(rows);
            bool Known(IEnumerable<int> tenants, int a) => InSpan(echelon, Row(tenants.Select(t => Column(t, a))));

            var others = Enumerable.Range(0, n).Where(t => t != q.Viewer).ToArray();
            for (var a = 0; a < m; a++)
            {
                var answer = q.Answers[a];
                var computable = new List<int[]>();
                for (var mask = 1; mask < 1 << others.Length; mask++)
                {
                    var group = others.Where((_, i) => ((mask >> i) & 1) == 1).ToArray();
                    if ((group.Length == 1 || group.Length < k) && Known(group, a))
                    {
                        computable.Add(group);
                    }
                }

                foreach (var group in computable.Where(g => !computable.Any(h => h.Length < g.Length && h.All(g.Contains))))
                {
                    yield return $"{(group.Length == 1 ? LinearAttack.SingleTenant : LinearAttack.SmallGroup)} {answer} [{string.Join(",", group)}]";
                }
            }

            foreach (var (tenants, answer) in q.Hidden)
            {
                if (Known(tenants, block[answer]))
                {
                    yield return $"{LinearAttack.HiddenCell} {answer} [{string.Join(",", tenants.Order())}]";
                }
            }
        }

        private static List<(int Pivot, long[] Row)> Eliminate(List<long[]> rows)
        {
            var echelon = new List<(int Pivot, long[] Row)>();
            foreach (var row in rows)
            {
                var v = Reduce(echelon, row);
                var pivot = Array.FindIndex(v, x => x != 0);
                if (pivot >= 0)
                {
                    var inverse = Power(v[pivot], P - 2);
                    echelon.Add((pivot, [.. v.Select(x => x * inverse % P)]));
                }
            }

            return echelon;
        }

        private static bool InSpan(List<(int Pivot, long[] Row)> echelon, long[] vector) => Reduce(echelon, vector).All(x => x == 0);

        // Not reduced: rows are applied in the order they were found, each clearing its pivot from what follows.
        private static long[] Reduce(List<(int Pivot, long[] Row)> echelon, long[] vector)
        {
            var v = (long[])vector.Clone();
            foreach (var (pivot, row) in echelon)
            {
                var factor = v[pivot];
                for (var j = 0; factor != 0 && j < v.Length; j++)
                {
                    v[j] = (((v[j] - (factor * row[j] % P)) % P) + P) % P;
                }
            }

            return v;
        }

        private static long Power(long b, long e)
        {
            long result = 1;
            for (b %= P; e > 0; e >>= 1, b = b * b % P)
            {
                if ((e & 1) == 1)
                {
                    result = result * b % P;
                }
            }

            return result;
        }
    }
}
