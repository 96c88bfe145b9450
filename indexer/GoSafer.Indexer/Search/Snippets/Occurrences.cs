using Lucene.Net.Index;

namespace GoSafer.Indexer.Search.Snippets;

/// <summary>
/// What a field's postings say about a document before its text is analysed again: how many of
/// the query's terms it holds and the last position of any of them. The stored description is the
/// start of the indexed body, so no more of its terms can match, and none after that position.
/// </summary>
internal readonly record struct Occurrences(int Terms, int LastPosition)
{
    /// <summary>Nothing known: every term may occur anywhere.</summary>
    public static Occurrences Unknown { get; } = new(int.MaxValue, int.MaxValue);

    /// <summary>Reads the postings of <paramref name="terms"/> for one document, on one thread.</summary>
    internal sealed class Reader(IndexReader index)
    {
        private DocsAndPositionsEnum? _positions;

        /// <returns>The occurrences, or <see cref="Unknown"/> when the field keeps no positions.</returns>
        public Occurrences Of(int doc, string field, FieldTerms terms)
        {
            var leaves = index.Leaves;
            var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
            var postings = leaf.AtomicReader.GetTerms(field);
            if (postings is null)
            {
                return new Occurrences(0, -1);
            }

            if (!postings.HasPositions)
            {
                return Unknown;
            }

            var target = doc - leaf.DocBase;
            var termsEnum = postings.GetEnumerator();
            var (present, last) = (0, -1);
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

                present++;
                for (var i = _positions.Freq; i > 0; i--)
                {
                    last = Math.Max(last, _positions.NextPosition());
                }
            }

            return new Occurrences(present, last);
        }
    }
}
