using Lucene.Net.Index;

namespace GoSafer.Indexer.Search.Snippets;

/// <summary>
/// What a field's postings say about a document before its text is analysed again: how many of
/// the query's terms it holds and the last position of any of them. The stored description is the
/// start of the indexed body, so no more of its terms can match, and none after that position.
/// </summary>
/// <param name="Ends">The last position of each term held, ascending (<paramref name="Terms"/> of
/// them; a buffer of the reader, valid until its next call), or null when unknown.</param>
internal readonly record struct Occurrences(int Terms, int[]? Ends)
{
    /// <summary>Nothing known: every term may occur anywhere.</summary>
    public static Occurrences Unknown { get; } = new(int.MaxValue, null);

    /// <summary>The last position of any term (int.MaxValue when unknown).</summary>
    public int LastPosition => Ends is null ? int.MaxValue : Terms == 0 ? -1 : Ends[Terms - 1];

    /// <summary>How many of the terms held occur at <paramref name="position"/> or later.</summary>
    public int RemainingAt(int position, ref int passed)
    {
        if (Ends is null)
        {
            return int.MaxValue;
        }

        while (passed < Terms && Ends[passed] < position)
        {
            passed++;
        }

        return Terms - passed;
    }

    /// <summary>Reads the postings of <paramref name="terms"/> for one document, on one thread.</summary>
    internal sealed class Reader(IndexReader index)
    {
        // Per segment and field: null when the field has no terms there, an enum without positions
        // when it keeps none (then nothing is known).
        private readonly Dictionary<(int Leaf, string Field), TermsEnum?> _termsEnums = [];
        private readonly Dictionary<(int Leaf, string Field), bool> _withPositions = [];
        private DocsAndPositionsEnum? _positions;
        private int[] _ends = new int[4];

        /// <returns>The occurrences, or <see cref="Unknown"/> when the field keeps no positions.</returns>
        public Occurrences Of(int doc, string field, FieldTerms terms)
        {
            var leaves = index.Leaves;
            var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
            var key = (leaf.Ord, field);
            if (!_termsEnums.TryGetValue(key, out var termsEnum))
            {
                var postings = leaf.AtomicReader.GetTerms(field);
                _termsEnums[key] = termsEnum = postings?.GetEnumerator();
                _withPositions[key] = postings is { HasPositions: true };
            }

            if (termsEnum is null)
            {
                return new Occurrences(0, _ends);
            }

            if (!_withPositions[key])
            {
                return Unknown;
            }

            if (_ends.Length < terms.Count)
            {
                _ends = new int[terms.Count];
            }

            var target = doc - leaf.DocBase;
            var present = 0;
            foreach (var (bytes, _) in terms.Sorted)
            {
                if (!termsEnum.SeekExact(bytes))
                {
                    continue;
                }

                _positions = termsEnum.DocsAndPositions(null, _positions, DocsAndPositionsFlags.NONE);
                if (_positions is null)
                {
                    return Unknown;
                }

                if (_positions.Advance(target) != target)
                {
                    continue;
                }

                var last = -1;
                for (var i = _positions.Freq; i > 0; i--)
                {
                    last = Math.Max(last, _positions.NextPosition());
                }

                _ends[present++] = last;
            }

            Array.Sort(_ends, 0, present);
            return new Occurrences(present, _ends);
        }
    }
}
