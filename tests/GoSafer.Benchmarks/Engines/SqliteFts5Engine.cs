using System.Globalization;
using System.Text;
using GoSafer.Benchmarks.Corpus;
using GoSafer.Indexer.Catalog;
using GoSafer.Indexer.Index;
using GoSafer.Indexer.Taxonomy;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Microsoft.Data.Sqlite;

namespace GoSafer.Benchmarks.Engines;

/// <summary>
/// The baseline: SQLite FTS5 over title, body and organisation (BM25 with our field weights) and a
/// <c>facets(doc, value)</c> table, queried the way a careful SQL implementation would: the text
/// matches go once into a temp table with their score and a bit mask of the filters they fail;
/// the total, the page and all six disjunctive facet counts (one GROUP BY: a resource failing
/// exactly one filter counts only in that filter's facet) are read from it, and the page's
/// snippets come from FTS5's <c>snippet()</c>. FTS5 has no Chinese word segmentation (unicode61
/// makes one token of a whole run of Han text), so the title and description of a Chinese
/// resource are stored as the words SmartCn (the segmenter of our Chinese fields) finds in them,
/// separated by spaces, the usual way to put Chinese into FTS5; the segmenting is part of the build.
/// </summary>
internal sealed class SqliteFts5Engine : IBenchmarkEngine
{
    /// <summary>Case folding and diacritics removal, one token per run of letters or digits.</summary>
    public const string Tokenizer = "unicode61 remove_diacritics 2";

    private const int RowsPerTransaction = 10_000;

    // The weights of CatalogQueryBuilder (title 0.5, body 1, organisation 0.2); ranking is not compared.
    private const string Score = "bm25(docs, 0.5, 1.0, 0.2)";

    private readonly string _path;
    private readonly SqliteConnection _connection;
    private readonly FacetCodes _codes;
    private readonly SqliteCommand _insertText;
    private readonly SqliteCommand _insertResource;
    private readonly SqliteCommand _insertFacet;
    private readonly Analyzer _chinese = LanguageAnalyzers.Create(Languages.Chinese);
    private readonly CatalogDocumentBuilder _documents;
    private SqliteTransaction? _transaction;
    private int _rows;

    public SqliteFts5Engine(string folder, HubTaxonomy taxonomy)
    {
        _path = Path.Combine(folder, "catalog.db");
        _codes = new FacetCodes(taxonomy);
        _documents = new CatalogDocumentBuilder(taxonomy);
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _path, Pooling = false }.ToString());
        _connection.Open();
        Execute($"""
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = NORMAL;
            PRAGMA cache_size = -65536;
            PRAGMA temp_store = MEMORY;
            CREATE VIRTUAL TABLE docs USING fts5(title, body, organization, tokenize = '{Tokenizer}');
            CREATE TABLE resources(doc INTEGER PRIMARY KEY, id TEXT NOT NULL, url TEXT NOT NULL, languages TEXT NOT NULL,
                harms TEXT NOT NULL, age_min INTEGER, age_max INTEGER, audiences TEXT NOT NULL, type TEXT, evidence TEXT,
                published_at INTEGER NOT NULL);
            CREATE TABLE facets(doc INTEGER NOT NULL, value INTEGER NOT NULL, PRIMARY KEY (doc, value)) WITHOUT ROWID;
            """);
        _insertText = Command("INSERT INTO docs(rowid, title, body, organization) VALUES ($doc, $title, $body, $organization)", "$doc", "$title", "$body", "$organization");
        _insertResource = Command(
            "INSERT INTO resources VALUES ($doc, $id, $url, $languages, $harms, $ageMin, $ageMax, $audiences, $type, $evidence, $publishedAt)",
            "$doc", "$id", "$url", "$languages", "$harms", "$ageMin", "$ageMax", "$audiences", "$type", "$evidence", "$publishedAt");
        _insertFacet = Command("INSERT INTO facets(doc, value) VALUES ($doc, $value)", "$doc", "$value");
    }

    /// <summary>SQLite has one writer per database: the inserts go through one connection and transaction.</summary>
    public bool ConcurrentAdds => false;

    public void Add(CatalogEntry entry)
    {
        _transaction ??= _connection.BeginTransaction();
        var doc = ++_rows;

        // The body our index searches, from our own document builder: the description, keywords,
        // attachment text and the labels of the resource's harms, audiences and type.
        var body = _documents.Build(entry).Get(IndexFields.VocabularyBody);
        var chinese = entry.Languages.Contains(Languages.Chinese);
        Run(_insertText, doc, chinese ? Segment(entry.Title) : entry.Title, chinese ? Segment(body) : body, entry.Organization);
        Run(_insertResource, doc, entry.Id, entry.Url, string.Join(',', entry.Languages), string.Join(',', entry.Harms), entry.AgeMin, entry.AgeMax,
            string.Join(',', entry.Audiences), entry.ResourceType, entry.EvidenceLevel, entry.PublishedAt.ToUnixTimeMilliseconds());
        foreach (var value in _codes.Of(entry))
        {
            Run(_insertFacet, doc, value);
        }

        if (doc % RowsPerTransaction == 0)
        {
            _transaction.Commit();
            _transaction.Dispose();
            _transaction = null;
        }
    }

    public void Finish()
    {
        _transaction?.Commit();
        _transaction?.Dispose();
        _transaction = null;

        // What a static catalog gets: FTS5's b-trees merged into one, planner statistics, the WAL folded in.
        Execute("""
            INSERT INTO docs(docs) VALUES ('optimize');
            ANALYZE;
            PRAGMA wal_checkpoint(TRUNCATE);
            CREATE TEMP TABLE matches(doc INTEGER PRIMARY KEY, score REAL NOT NULL, failed INTEGER NOT NULL);
            """);
    }

    public QueryOutcome Search(BenchmarkQuery query)
    {
        var match = string.Join(' ', query.Terms.Select(t => "\"" + t.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
        var filters = query.Filters.Where(f => f.Value.Count > 0).ToList();
        var failed = new StringBuilder();
        for (var i = 0; i < filters.Count; i++)
        {
            var codes = string.Join(',', _codes.Encode(filters[i].Key, filters[i].Value));
            failed.Append(CultureInfo.InvariantCulture,
                $"{(i > 0 ? " + " : "")}(NOT EXISTS (SELECT 1 FROM facets f WHERE f.doc = docs.rowid AND f.value IN ({(codes.Length > 0 ? codes : "-1")}))) * {1 << i}");
        }

        Execute("DELETE FROM temp.matches");
        using (var insert = Command($"INSERT INTO temp.matches SELECT rowid, {Score}, {(failed.Length > 0 ? failed : "0")} FROM docs WHERE docs MATCH $match", "$match"))
        {
            Run(insert, match);
        }

        using var total = Command("SELECT count(*) FROM temp.matches WHERE failed = 0");
        var count = Convert.ToInt32(total.ExecuteScalar(), CultureInfo.InvariantCulture);

        var facets = Facets.All.ToDictionary(f => f, _ => new Dictionary<string, int>(StringComparer.Ordinal), StringComparer.Ordinal);
        var onlyOneFailed = string.Concat(filters.Select((f, i) =>
        {
            var (first, last) = _codes.Range(f.Key);
            return $" OR (m.failed = {1 << i} AND f.value BETWEEN {first} AND {last})";
        }));
        // CROSS JOIN fixes the join order: the temp table has no statistics, and from 100k resources
        // up the planner otherwise scans the whole facets table and probes the matches.
        using (var counts = Command($"SELECT f.value, count(*) FROM temp.matches m CROSS JOIN facets f ON f.doc = m.doc WHERE m.failed = 0{onlyOneFailed} GROUP BY f.value"))
        using (var reader = counts.ExecuteReader())
        {
            while (reader.Read())
            {
                var (facet, value) = _codes.Decode(reader.GetInt32(0));
                facets[facet][value] = reader.GetInt32(1);
            }
        }

        var hits = new List<SqliteHit>(GoSaferEngine.PageSize);
        using (var page = Command($"""
            SELECT r.id, d.title, d.organization, r.url, snippet(docs, 1, char(57344), char(57345), '…', 24), r.languages, r.harms,
                   r.age_min, r.age_max, r.audiences, r.type, r.evidence, r.published_at, m.score
            FROM docs d JOIN temp.matches m ON m.doc = d.rowid JOIN resources r ON r.doc = d.rowid
            WHERE docs MATCH $match AND d.rowid IN (SELECT doc FROM temp.matches WHERE failed = 0 ORDER BY score, doc LIMIT {GoSaferEngine.PageSize})
            ORDER BY m.score, m.doc
            """, "$match"))
        {
            page.Parameters["$match"].Value = match;
            using var reader = page.ExecuteReader();
            while (reader.Read())
            {
                hits.Add(new SqliteHit(
                    reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                    reader.GetString(5).Split(','), reader.GetString(6).Split(',', StringSplitOptions.RemoveEmptyEntries),
                    reader.IsDBNull(7) ? null : reader.GetInt32(7), reader.IsDBNull(8) ? null : reader.GetInt32(8),
                    reader.GetString(9).Split(','), reader.IsDBNull(10) ? null : reader.GetString(10), reader.IsDBNull(11) ? null : reader.GetString(11),
                    DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(12)), reader.GetDouble(13)));
            }
        }

        return new QueryOutcome(count, Fuzzy: false, facets, hits.Count);
    }

    public long IndexBytes() =>
        new[] { _path, _path + "-wal", _path + "-shm" }.Where(File.Exists).Sum(p => new FileInfo(p).Length);

    public void Dispose()
    {
        _transaction?.Dispose();
        _insertText.Dispose();
        _insertResource.Dispose();
        _insertFacet.Dispose();
        _connection.Dispose();
        _chinese.Dispose();
    }

    private SqliteCommand Command(string sql, params string[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }

    private void Run(SqliteCommand command, params object?[] values)
    {
        command.Transaction = _transaction;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }

    private string Segment(string text)
    {
        var words = new List<string>();
        using var stream = _chinese.GetTokenStream(IndexFields.BodyIn(Languages.Chinese), text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            words.Add(term.ToString());
        }

        stream.End();
        return string.Join(' ', words);
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>A result row, read in full as the hub's hit is.</summary>
    private sealed record SqliteHit(
        string Id, string Title, string Organization, string Url, string Snippet, string[] Languages, string[] Harms,
        int? AgeMin, int? AgeMax, string[] Audiences, string? ResourceType, string? EvidenceLevel, DateTimeOffset PublishedAt, double Score);
}
