using GoSafer.Indexer.Faceting;
using GoSafer.Indexer.Index;
using GoSafer.Indexer.Taxonomy;
using Lucene.Net.Search;

namespace GoSafer.Indexer.Search;

/// <summary>Answers <see cref="SearchRequest"/>s from a <see cref="LuceneIndexStore"/>.</summary>
public sealed class CatalogSearcher
{
    private readonly SearchableIndex _index;
    private readonly CatalogQueryBuilder _queries;
    private readonly SpellingSuggester _spelling;
    private readonly ConceptMatcher _concepts;

    public CatalogSearcher(SearchableIndex index)
    {
        _index = index;
        _queries = new CatalogQueryBuilder(index);
        _spelling = new SpellingSuggester(_queries);
        _concepts = new ConceptMatcher(index.Taxonomy);
    }

    public SearchResults Search(SearchRequest request)
    {
        var page = Math.Max(1, request.Page);
        var pageSize = Math.Clamp(request.PageSize, 1, SearchRequest.MaxPageSize);
        var parts = UserQuery.Parse(request.Query);
        var concepts = _concepts.Match(parts);

        using var lease = _index.AcquireSearcher();
        var searcher = lease.Searcher;
        var textQuery = _queries.Build(parts, concepts, fuzzy: false);
        var (top, facets) = Run(searcher, textQuery, request, page * pageSize);

        string? didYouMean = null;
        var fuzzy = false;
        if (textQuery is not null && top.TotalHits < 3)
        {
            didYouMean = _spelling.Suggest(searcher.IndexReader, parts);
            if (didYouMean is not null && top.TotalHits == 0)
            {
                var fuzzyQuery = _queries.Build(parts, concepts, fuzzy: true)!;
                var relaxed = Run(searcher, fuzzyQuery, request, page * pageSize);
                if (relaxed.Top.TotalHits > 0)
                {
                    (top, facets, textQuery, fuzzy) = (relaxed.Top, relaxed.Facets, fuzzyQuery, true);
                }
            }
        }

        var highlighter = new HitHighlighter(searcher, textQuery, _index.Analyzer, fuzzy);
        var records = new HitRecords(searcher.IndexReader);
        var hits = top.ScoreDocs
            .Skip((page - 1) * pageSize)
            .Select(scoreDoc => ToHit(scoreDoc.Doc, records.Read(scoreDoc.Doc), scoreDoc.Score, highlighter))
            .ToList();
        return new SearchResults(
            top.TotalHits,
            page,
            pageSize,
            hits,
            facets,
            didYouMean,
            fuzzy,
            concepts.Select(c => c.Concept).Distinct(StringComparer.Ordinal).ToList(),
            concepts.Select(c => c.Deprecated).OfType<DeprecatedTerm>().ToList());
    }

    /// <summary>The IDs of the first <paramref name="depth"/> results, without snippets or facets (relevance evaluation).</summary>
    internal IReadOnlyList<string> RankIds(string query, int depth)
    {
        var parts = UserQuery.Parse(query);
        var textQuery = _queries.Build(parts, _concepts.Match(parts), fuzzy: false) ?? new MatchAllDocsQuery();
        using var lease = _index.AcquireSearcher();
        var top = lease.Searcher.Search(textQuery, depth);
        var records = new HitRecords(lease.Searcher.IndexReader);
        return top.ScoreDocs.Select(d => records.Read(d.Doc).Id).ToList();
    }

    private static (TopDocs Top, IReadOnlyDictionary<string, Dictionary<string, int>> Facets) Run(
        IndexSearcher searcher, Query? textQuery, SearchRequest request, int wanted)
    {
        var sort = SortFor(request.Sort, textQuery is not null);
        var hits = TopFieldCollector.Create(sort, Math.Max(1, wanted), fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: true);
        var filters = request.Filters
            .Where(f => f.Value.Count > 0 && Facets.All.Contains(f.Key))
            .ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        var collector = new DisjunctiveFacetCollector(hits, Facets.All, filters);
        searcher.Search(textQuery is null ? new MatchAllDocsQuery() : TermStateBinder.Bind(textQuery, searcher), collector);
        return (hits.GetTopDocs(), collector.Counts);
    }

    private static Sort SortFor(SearchSort sort, bool hasText)
    {
        var newest = new SortField(IndexFields.PublishedAt, SortFieldType.INT64, reverse: true);
        var byId = new SortField(IndexFields.Id, SortFieldType.STRING);
        return sort switch
        {
            SearchSort.Newest => new Sort(newest, byId),
            SearchSort.Evidence => new Sort(new SortField(IndexFields.EvidenceRank, SortFieldType.INT64, reverse: true), newest, byId),
            _ when hasText => new Sort(SortField.FIELD_SCORE, newest, byId),
            _ => new Sort(newest, byId),
        };
    }

    private static SearchHit ToHit(int docId, HitRecord record, float score, HitHighlighter highlighter)
    {
        var (snippet, highlights) = highlighter.Snippet(docId, record.Languages, record.Description);
        return new SearchHit(
            Id: record.Id,
            Title: record.Title,
            Organization: record.Organization,
            Url: record.Url,
            Snippet: snippet,
            Highlights: highlights,
            Languages: record.Languages,
            Harms: record.Harms,
            AgeMin: record.AgeMin,
            AgeMax: record.AgeMax,
            Audiences: record.Audiences,
            ResourceType: record.ResourceType,
            EvidenceLevel: record.EvidenceLevel,
            PublishedAt: DateTimeOffset.FromUnixTimeMilliseconds(record.PublishedAtMs),
            Score: float.IsNaN(score) ? 0f : score);
    }
}
