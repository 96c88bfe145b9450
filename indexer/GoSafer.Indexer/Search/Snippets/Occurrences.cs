using Lucene.Net.Index;
using Lucene.Net.Util;

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

    /// <summary>Reads the postings of a page's hits, on one thread.</summary>
    internal sealed class Reader(IndexReader index)
    {
        // Per segment and field; an enum is null when the field has no terms in the segment.
        private readonly Dictionary<(int Leaf, string Field), (TermsEnum? Terms, IndexOptions Options)> _fields = [];
        private DocsAndPositionsEnum? _positions;
        private int[] _ends = new int[4];

        /// <summary>Whether the field's postings keep offsets where <paramref name="doc"/> is.</summary>
        public bool HasOffsets(int doc, string field) =>
            Segment(doc, field).Options >= IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS;

        /// <summary>The postings of <paramref name="term"/> in <paramref name="field"/>, on <paramref name="doc"/>, or null when it does not hold the term.</summary>
        /// <param name="offsets">Read offsets too (the field must keep them).</param>
        public DocsAndPositionsEnum? PositionsOf(int doc, string field, BytesRef term, bool offsets)
        {
            var (terms, _, target) = Segment(doc, field);
            if (terms is null || !terms.SeekExact(term))
            {
                return null;
            }

            _positions = terms.DocsAndPositions(null, _positions, offsets ? DocsAndPositionsFlags.OFFSETS : DocsAndPositionsFlags.NONE);
            return _positions is not null && _positions.Advance(target) == target ? _positions : null;
        }

        /// <returns>The occurrences, or <see cref="Unknown"/> when the field keeps no positions.</returns>
        public Occurrences Of(int doc, string field, FieldTerms terms)
        {
            var (_, options, _) = Segment(doc, field);
            if (options < IndexOptions.DOCS_AND_FREQS_AND_POSITIONS)
            {
                return options == IndexOptions.NONE ? new Occurrences(0, _ends) : Unknown;
            }

            if (_ends.Length < terms.Count)
            {
                _ends = new int[terms.Count];
            }

            var present = 0;
            foreach (var (bytes, _) in terms.Sorted)
            {
                if (PositionsOf(doc, field, bytes, offsets: false) is not { } positions)
                {
                    continue;
                }

                var last = -1;
                for (var i = positions.Freq; i > 0; i--)
                {
                    last = Math.Max(last, positions.NextPosition());
                }

                _ends[present++] = last;
            }

            Array.Sort(_ends, 0, present);
            return new Occurrences(present, _ends);
        }

        private (TermsEnum? Terms, IndexOptions Options, int Target) Segment(int doc, string field)
        {
            var leaves = index.Leaves;
            var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
            if (!_fields.TryGetValue((leaf.Ord, field), out var postings))
            {
                var terms = leaf.AtomicReader.GetTerms(field);
                var options = terms is null ? IndexOptions.NONE : leaf.AtomicReader.FieldInfos.FieldInfo(field)?.IndexOptions ?? IndexOptions.NONE;
                _fields[(leaf.Ord, field)] = postings = (terms?.GetEnumerator(), options);
            }

            return (postings.Terms, postings.Options, doc - leaf.DocBase);
        }
    }
}
