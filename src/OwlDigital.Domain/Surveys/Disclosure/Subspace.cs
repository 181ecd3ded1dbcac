using System.Numerics;

namespace OwlDigital.Surveys;

/// <summary>
/// A linear subspace of Q^n, kept as a reduced row-echelon basis, for exact questions like "can this
/// count be recomputed from those". Rows are primitive integer vectors (gcd 1, positive pivot) and
/// every row is zero in the pivot columns of the others. That form is unique for a subspace, keeps
/// the numbers small without fractions, and makes membership a single reduction pass.
/// </summary>
public sealed class Subspace
{
    private readonly BigInteger[][] _rows;
    private readonly int[] _pivots;

    private Subspace(int dimension, BigInteger[][] rows, int[] pivots)
    {
        Dimension = dimension;
        _rows = rows;
        _pivots = pivots;
        Basis = Array.AsReadOnly(rows.Select(r => (IReadOnlyList<BigInteger>)Array.AsReadOnly(r)).ToArray());
    }

    /// <summary>n, the ambient dimension.</summary>
    public int Dimension { get; }

    public int Rank => _rows.Length;

    /// <summary>The reduced echelon basis, ordered by pivot column.</summary>
    public IReadOnlyList<IReadOnlyList<BigInteger>> Basis { get; }

    public static Subspace Zero(int dimension)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(dimension);
        return new Subspace(dimension, [], []);
    }

    public static Subspace Whole(int dimension) =>
        Span(dimension, Enumerable.Range(0, dimension).Select(i => Enumerable.Range(0, dimension).Select(j => i == j ? 1 : 0).ToArray()));

    public static Subspace Span(int dimension, IEnumerable<IReadOnlyList<int>> vectors)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        var builder = new Builder(Zero(dimension));
        foreach (var vector in vectors)
        {
            // Converted even once the span is full, so that a malformed vector is always reported.
            var row = ToRow(vector, dimension);
            if (!builder.IsFull)
            {
                builder.Insert(row);
            }
        }

        return builder.Build();
    }

    public bool Contains(IReadOnlyList<int> vector) => Reduce(_rows, _pivots, ToRow(vector, Dimension), giveUpEarly: true);

    /// <summary>Whether every vector of this subspace lies in <paramref name="other"/>.</summary>
    public bool IsSubspaceOf(Subspace other)
    {
        RequireSameDimension(other);
        return Rank <= other.Rank && _rows.All(row => Reduce(other._rows, other._pivots, (BigInteger[])row.Clone(), giveUpEarly: true));
    }

    /// <summary>The span of this subspace and one more vector.</summary>
    public Subspace With(IReadOnlyList<int> vector)
    {
        var builder = new Builder(this);
        builder.Insert(ToRow(vector, Dimension));
        return builder.Build();
    }

    /// <summary>The sum U + V, the smallest subspace holding both.</summary>
    public Subspace Add(Subspace other)
    {
        RequireSameDimension(other);
        var (larger, smaller) = Rank >= other.Rank ? (this, other) : (other, this);
        var builder = new Builder(larger);
        foreach (var row in smaller._rows.TakeWhile(_ => !builder.IsFull))
        {
            builder.Insert((BigInteger[])row.Clone());
        }

        return builder.Build();
    }

    /// <summary>U ∩ V as (U⊥ + V⊥)⊥, which holds over Q because the dot product there is non-degenerate.</summary>
    public Subspace Intersect(Subspace other)
    {
        RequireSameDimension(other);
        if (Rank == 0 || other.Rank == Dimension)
        {
            return this;
        }

        return other.Rank == 0 || Rank == Dimension
            ? other
            : OrthogonalComplement().Add(other.OrthogonalComplement()).OrthogonalComplement();
    }

    /// <summary>{x : x·u = 0 for all u in U}, with integer basis vectors.</summary>
    public Subspace OrthogonalComplement()
    {
        var builder = new Builder(Zero(Dimension));
        foreach (var free in Enumerable.Range(0, Dimension).Except(_pivots))
        {
            // One solution per free column: the other free columns stay zero, and this one is set to
            // the lcm of the pivots that see it so that every pivot coordinate comes out an integer.
            var scale = BigInteger.One;
            for (var i = 0; i < _rows.Length; i++)
            {
                if (!_rows[i][free].IsZero)
                {
                    var pivotValue = _rows[i][_pivots[i]];
                    scale = scale / BigInteger.GreatestCommonDivisor(scale, pivotValue) * pivotValue;
                }
            }

            var solution = new BigInteger[Dimension];
            solution[free] = scale;
            for (var i = 0; i < _rows.Length; i++)
            {
                solution[_pivots[i]] = -_rows[i][free] * (scale / _rows[i][_pivots[i]]);
            }

            builder.Insert(solution);
        }

        return builder.Build();
    }

    public override string ToString() =>
        $"Subspace of Q^{Dimension}, rank {Rank}: [{string.Join("; ", _rows.Select(r => string.Join(" ", r)))}]";

    private void RequireSameDimension(Subspace other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Dimension != Dimension)
        {
            throw new ArgumentException($"Dimension {other.Dimension} does not match {Dimension}.", nameof(other));
        }
    }

    private static BigInteger[] ToRow(IReadOnlyList<int> vector, int dimension)
    {
        ArgumentNullException.ThrowIfNull(vector);
        if (vector.Count != dimension)
        {
            throw new ArgumentException($"Vector has length {vector.Count}, expected {dimension}.", nameof(vector));
        }

        return vector.Select(x => new BigInteger(x)).ToArray();
    }

    /// <summary>
    /// Clears the pivot columns of <paramref name="vector"/> in place and tells whether nothing is
    /// left, i.e. whether it was in the span. With <paramref name="giveUpEarly"/> it answers no at the
    /// first residue and leaves the vector half reduced.
    /// </summary>
    private static bool Reduce(IReadOnlyList<BigInteger[]> rows, IReadOnlyList<int> pivots, BigInteger[] vector, bool giveUpEarly)
    {
        var passed = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            // Rows are zero left of their pivot, so a residue in a column the pass has gone by can
            // only be scaled from here on, never cleared.
            if (giveUpEarly && Array.FindIndex(vector, passed, pivots[i] - passed, x => !x.IsZero) >= 0)
            {
                return false;
            }

            passed = pivots[i] + 1;
            if (!vector[pivots[i]].IsZero)
            {
                Eliminate(vector, rows[i], pivots[i]);
            }
        }

        return Array.TrueForAll(vector, x => x.IsZero);
    }

    /// <summary>target := a·target − b·row with the smallest a &gt; 0 that makes target[pivot] zero.</summary>
    private static void Eliminate(BigInteger[] target, BigInteger[] row, int pivot)
    {
        var gcd = BigInteger.GreatestCommonDivisor(row[pivot], target[pivot]);
        var a = row[pivot] / gcd;
        var b = target[pivot] / gcd;
        for (var k = 0; k < target.Length; k++)
        {
            // The row is zero left of its pivot, and most entries of count vectors are zero anyway.
            if (k >= pivot && !row[k].IsZero)
            {
                target[k] = target[k] * a - b * row[k];
            }
            else if (!a.IsOne && !target[k].IsZero)
            {
                target[k] *= a;
            }
        }

        MakePrimitive(target);
    }

    /// <summary>Divides by the gcd of the entries, and flips the sign if needed so the leading entry is positive.</summary>
    private static void MakePrimitive(BigInteger[] vector)
    {
        var lead = Array.FindIndex(vector, x => !x.IsZero);
        if (lead < 0)
        {
            return;
        }

        var gcd = BigInteger.Zero;
        for (var k = lead; k < vector.Length && !gcd.IsOne; k++)
        {
            gcd = BigInteger.GreatestCommonDivisor(gcd, vector[k]);
        }

        var divisor = vector[lead].Sign * gcd;
        for (var k = lead; k < vector.Length && !divisor.IsOne; k++)
        {
            vector[k] /= divisor;
        }
    }

    /// <summary>Grows a basis one vector at a time. The rows it starts from are shared, so it never writes into them.</summary>
    private sealed class Builder(Subspace start)
    {
        private readonly int _dimension = start.Dimension;
        private readonly List<BigInteger[]> _rows = [.. start._rows];
        private readonly List<int> _pivots = [.. start._pivots];

        public bool IsFull => _rows.Count == _dimension;

        /// <summary>Takes ownership of <paramref name="vector"/>.</summary>
        public void Insert(BigInteger[] vector)
        {
            if (Reduce(_rows, _pivots, vector, giveUpEarly: false))
            {
                return;
            }

            MakePrimitive(vector);
            var pivot = Array.FindIndex(vector, x => !x.IsZero);

            // The new row is zero in the old pivot columns, so clearing its pivot column from the old
            // rows leaves their own pivots, and their signs, where they were.
            for (var i = 0; i < _rows.Count; i++)
            {
                if (!_rows[i][pivot].IsZero)
                {
                    var copy = (BigInteger[])_rows[i].Clone();
                    Eliminate(copy, vector, pivot);
                    _rows[i] = copy;
                }
            }

            var position = _pivots.FindIndex(p => p > pivot);
            position = position < 0 ? _rows.Count : position;
            _rows.Insert(position, vector);
            _pivots.Insert(position, pivot);
        }

        public Subspace Build() => new(_dimension, [.. _rows], [.. _pivots]);
    }
}
