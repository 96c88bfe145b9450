using GoSafer.Indexer.Index;
using GoSafer.Indexer.Taxonomy;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace GoSafer.Indexer.Search;

/// <summary>Answers <see cref="SearchRequest"/>s from a <see cref="LuceneIndexStore"/>.</summary>
public sealed class CatalogSearcher(LuceneIndexStore index)
{
    private static readonly Dictionary<string, float> Boosts = new(StringComparer.Ordinal)
    {
        [IndexFields.Title] = 3f,
        [IndexFields.Description] = 1f,
        [IndexFields.Organization] = 0.5f,
    };

    public SearchResults Search(SearchRequest request)
    {
        var page = Math.Max(1, request.Page);
        var pageSize = Math.Clamp(request.PageSize, 1, SearchRequest.MaxPageSize);
        var textQuery = ParseText(request.Query);
        var query = Combine(textQuery, request.Filters);

        using var lease = index.AcquireSearcher();
        var searcher = lease.Searcher;
        var wanted = page * pageSize;
        var top = searcher.Search(query, null, wanted, SortFor(request.Sort, textQuery is not null), doDocScores: true, doMaxScore: false);
        var hits = top.ScoreDocs
            .Skip((page - 1) * pageSize)
            .Select(scoreDoc => ToHit(searcher.Doc(scoreDoc.Doc), scoreDoc.Score, textQuery))
            .ToList();
        return new SearchResults(top.TotalHits, page, pageSize, hits);
    }

    /// <summary>Parses user text; text the classic syntax rejects is searched as plain words.</summary>
    private Query? ParseText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parser = new MultiFieldQueryParser(IndexAnalysis.Version, [.. IndexFields.FullText], index.Analyzer, Boosts)
        {
            DefaultOperator = Operator.AND,
        };
        try
        {
            return parser.Parse(text);
        }
        catch (ParseException)
        {
            return parser.Parse(QueryParserBase.Escape(text));
        }
    }

    private static BooleanQuery Combine(Query? text, IReadOnlyDictionary<string, IReadOnlyList<string>> filters)
    {
        var query = new BooleanQuery { { text ?? new MatchAllDocsQuery(), Occur.MUST } };
        foreach (var (facet, values) in filters)
        {
            if (values.Count == 0 || !Facets.All.Contains(facet))
            {
                continue;
            }

            var anyOf = new BooleanQuery();
            foreach (var value in values)
            {
                anyOf.Add(new TermQuery(new Term(facet, value)), Occur.SHOULD);
            }

            // Filters restrict but do not score: every match gets the same contribution.
            query.Add(new ConstantScoreQuery(anyOf) { Boost = 0f }, Occur.MUST);
        }

        return query;
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

    private SearchHit ToHit(Document doc, float score, Query? textQuery)
    {
        var description = doc.Get(IndexFields.Description);
        var (snippet, highlights) = SnippetBuilder.Build(textQuery, index.Analyzer, IndexFields.Description, description);
        return new SearchHit(
            Id: doc.Get(IndexFields.Id),
            Title: doc.Get(IndexFields.Title),
            Organization: doc.Get(IndexFields.Organization),
            Url: doc.Get(IndexFields.Url),
            Snippet: snippet,
            Highlights: highlights,
            Languages: doc.GetValues(Facets.Language),
            Harms: doc.GetValues(IndexFields.DeclaredHarms),
            AgeMin: doc.GetField(IndexFields.AgeMin)?.GetInt32Value(),
            AgeMax: doc.GetField(IndexFields.AgeMax)?.GetInt32Value(),
            Audiences: doc.GetValues(Facets.Audience),
            ResourceType: doc.Get(Facets.Type),
            EvidenceLevel: doc.Get(Facets.Evidence),
            PublishedAt: DateTimeOffset.FromUnixTimeMilliseconds(doc.GetField(IndexFields.PublishedAt)!.GetInt64Value()!.Value),
            Score: float.IsNaN(score) ? 0f : score);
    }
}
