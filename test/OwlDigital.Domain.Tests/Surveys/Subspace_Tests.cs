using System.Numerics;
using OwlDigital.Surveys;

namespace OwlDigital.Domain.Tests.Surveys;

public class Subspace_Tests
{
    [Fact]
    public void Should_Find_A_Vector_In_The_Span_Of_Others()
    {
        var span = Subspace.Span(4, [[1, 1, 0, 0], [0, 1, 1, 0]]);

        span.Rank.ShouldBe(2);
        span.Contains([1, 2, 1, 0]).ShouldBeTrue();
        span.Contains([1, 0, -1, 0]).ShouldBeTrue();
        span.Contains([1, 0, 0, 0]).ShouldBeFalse();
    }

    [Fact]
    public void Should_Recompute_A_Remainder_From_A_Region_Minus_Its_Parts()
    {
        // Coordinates a..e; the region {a..e} minus {a,b} minus {c,d} leaves e alone.
        var published = Subspace.Span(5, [[1, 1, 1, 1, 1], [1, 1, 0, 0, 0], [0, 0, 1, 1, 0]]);

        published.Contains([0, 0, 0, 0, 1]).ShouldBeTrue();
        published.Contains([1, 0, 0, 0, 0]).ShouldBeFalse();
        published.Contains([1, 1, 0, 0, 1]).ShouldBeTrue();
    }

    [Fact]
    public void Zero_Should_Hold_Only_The_Zero_Vector_And_Whole_Everything()
    {
        var zero = Subspace.Zero(3);
        var whole = Subspace.Whole(3);

        zero.Rank.ShouldBe(0);
        zero.Contains([0, 0, 0]).ShouldBeTrue();
        zero.Contains([0, 0, 1]).ShouldBeFalse();
        whole.Rank.ShouldBe(3);
        whole.Contains([7, -2, 5]).ShouldBeTrue();
        zero.OrthogonalComplement().Rank.ShouldBe(3);
        whole.OrthogonalComplement().Rank.ShouldBe(0);
        Subspace.Span(3, [[0, 0, 0]]).Rank.ShouldBe(0);
    }

    [Fact]
    public void Should_Intersect_Two_Planes_In_Their_Common_Axis()
    {
        var u = Subspace.Span(3, [[1, 0, 0], [0, 1, 0]]);
        var v = Subspace.Span(3, [[0, 1, 0], [0, 0, 1]]);

        var common = u.Intersect(v);

        common.Rank.ShouldBe(1);
        common.Contains([0, 5, 0]).ShouldBeTrue();
        common.Contains([1, 0, 0]).ShouldBeFalse();
    }

    [Fact]
    public void Should_Intersect_Into_A_Combination_Of_Both_Spanning_Sets()
    {
        var u = Subspace.Span(3, [[1, 1, 0], [0, 0, 1]]);
        var v = Subspace.Span(3, [[1, 0, 1], [0, 1, 0]]);

        var common = u.Intersect(v);

        common.Rank.ShouldBe(1);
        common.Basis.Single().ShouldBe(new BigInteger[] { 1, 1, 1 });
    }

    [Fact]
    public void Should_Intersect_Exactly_When_The_Result_Is_Not_A_Zero_One_Vector()
    {
        var u = Subspace.Span(3, [[1, 2, 0], [0, 0, 1]]);
        var v = Subspace.Span(3, [[1, 0, 3], [0, 1, 0]]);

        var common = u.Intersect(v);

        common.Basis.Single().ShouldBe(new BigInteger[] { 1, 2, 3 });
        common.Contains([2, 4, 6]).ShouldBeTrue();
        common.Contains([1, 2, 2]).ShouldBeFalse();
    }

    [Fact]
    public void Should_Give_The_Vectors_Orthogonal_To_A_Subspace()
    {
        var complement = Subspace.Span(3, [[1, 1, 1]]).OrthogonalComplement();

        complement.Rank.ShouldBe(2);
        complement.Contains([1, -1, 0]).ShouldBeTrue();
        complement.Contains([1, 1, -2]).ShouldBeTrue();
        complement.Contains([1, 1, 1]).ShouldBeFalse();
    }

    [Fact]
    public void Should_Give_Integer_Complement_Vectors_When_Pivots_Are_Not_One()
    {
        var generators = new[] { new[] { 2, 1, 0, 0 }, new[] { 0, 3, 1, 5 } };

        var complement = Subspace.Span(4, generators).OrthogonalComplement();

        complement.Rank.ShouldBe(2);
        foreach (var basisVector in complement.Basis)
        {
            foreach (var generator in generators)
            {
                Dot(basisVector, generator).ShouldBe(BigInteger.Zero);
            }
        }
    }

    [Fact]
    public void Should_Keep_The_Same_Basis_For_The_Same_Subspace()
    {
        var first = Subspace.Span(3, [[1, 1, 0], [0, 1, 1]]);
        var second = Subspace.Span(3, [[1, 2, 1], [-2, 0, 2]]);

        Rows(second).ShouldBe(Rows(first));
    }

    [Fact]
    public void Should_Add_Two_Subspaces_And_Grow_By_One_Vector()
    {
        var u = Subspace.Span(4, [[1, 1, 0, 0]]);
        var v = Subspace.Span(4, [[0, 0, 1, 1], [1, 1, 1, 1]]);

        var sum = u.Add(v);

        sum.Rank.ShouldBe(2);
        sum.Contains([1, 1, -1, -1]).ShouldBeTrue();
        sum.Contains([1, 0, 0, 0]).ShouldBeFalse();
        sum.With([2, 2, 3, 3]).Rank.ShouldBe(2);
        sum.With([1, 0, 0, 0]).Contains([0, 1, 0, 0]).ShouldBeTrue();
        sum.Rank.ShouldBe(2);
    }

    [Fact]
    public void Should_Reject_Vectors_And_Subspaces_Of_Another_Dimension()
    {
        Should.Throw<ArgumentException>(() => Subspace.Span(3, [[1, 0, 0], [1, 0]]));
        Should.Throw<ArgumentException>(() => Subspace.Whole(3).Contains([1, 0]));
        Should.Throw<ArgumentException>(() => Subspace.Whole(3).Add(Subspace.Whole(2)));
        Should.Throw<ArgumentException>(() => Subspace.Zero(3).Intersect(Subspace.Zero(4)));
    }

    [Fact]
    public void Should_Contain_Combinations_And_Not_Their_Shift_By_An_Orthogonal_Vector()
    {
        var random = new Random(20240611);
        for (var round = 0; round < 200; round++)
        {
            var dimension = random.Next(1, 9);
            var generators = RandomVectors(random, random.Next(0, 7), dimension);
            var span = Subspace.Span(dimension, generators);
            var complement = span.OrthogonalComplement();

            (span.Rank + complement.Rank).ShouldBe(dimension);
            complement.OrthogonalComplement().IsSubspaceOf(span).ShouldBeTrue();
            span.IsSubspaceOf(complement.OrthogonalComplement()).ShouldBeTrue();
            foreach (var basisVector in complement.Basis)
            {
                foreach (var generator in generators)
                {
                    Dot(basisVector, generator).ShouldBe(BigInteger.Zero);
                }
            }

            var combination = Combination(random, generators, dimension);
            span.Contains(combination).ShouldBeTrue();
            if (complement.Rank > 0)
            {
                // U and U⊥ share only 0 over Q, so shifting by a non-zero orthogonal vector leaves U.
                var shift = complement.Basis[random.Next(complement.Rank)];
                var shifted = combination.Select((x, i) => x + (int)shift[i]).ToArray();
                span.Contains(shifted).ShouldBeFalse();
            }
        }
    }

    [Fact]
    public void Should_Intersect_Consistently_With_Membership_And_Dimensions()
    {
        var random = new Random(7);
        for (var round = 0; round < 300; round++)
        {
            const int dimension = 6;
            var shared = RandomVectors(random, random.Next(0, 3), dimension);
            var uGenerators = shared.Concat(RandomVectors(random, random.Next(0, 4), dimension)).ToList();
            var vGenerators = shared.Concat(RandomVectors(random, random.Next(0, 4), dimension)).ToList();
            var u = Subspace.Span(dimension, uGenerators);
            var v = Subspace.Span(dimension, vGenerators);

            var common = u.Intersect(v);

            (u.Rank + v.Rank).ShouldBe(u.Add(v).Rank + common.Rank);
            common.IsSubspaceOf(u).ShouldBeTrue();
            common.IsSubspaceOf(v).ShouldBeTrue();
            common.Contains(Combination(random, shared, dimension)).ShouldBeTrue();
            var fromU = Combination(random, uGenerators, dimension);
            common.Contains(fromU).ShouldBe(v.Contains(fromU));
            var anyVector = RandomVectors(random, 1, dimension)[0];
            common.Contains(anyVector).ShouldBe(u.Contains(anyVector) && v.Contains(anyVector));
        }
    }

    private static List<int[]> RandomVectors(Random random, int count, int dimension) =>
        Enumerable.Range(0, count)
            .Select(_ => Enumerable.Range(0, dimension).Select(_ => random.Next(-1, 2)).ToArray())
            .ToList();

    private static int[] Combination(Random random, IReadOnlyList<int[]> vectors, int dimension)
    {
        var result = new int[dimension];
        foreach (var vector in vectors)
        {
            var coefficient = random.Next(-3, 4);
            for (var i = 0; i < dimension; i++)
            {
                result[i] += coefficient * vector[i];
            }
        }

        return result;
    }

    private static BigInteger Dot(IReadOnlyList<BigInteger> left, IReadOnlyList<int> right) =>
        left.Select((x, i) => x * right[i]).Aggregate(BigInteger.Zero, (sum, x) => sum + x);

    private static string[] Rows(Subspace subspace) =>
        subspace.Basis.Select(row => string.Join(" ", row)).ToArray();
}
