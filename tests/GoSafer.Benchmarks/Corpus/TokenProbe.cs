using GoSafer.Benchmarks.Engines;
using GoSafer.Indexer.Index;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Microsoft.Data.Sqlite;

namespace GoSafer.Benchmarks.Corpus;

/// <summary>
/// Reads text the way each engine does: the engine's own per-field analysis (the analyzer the
/// index and the query builder use, through InternalsVisibleTo) and the SQLite FTS5 tokenizer of
/// <see cref="SqliteFts5Engine"/>, run by SQLite itself.
/// </summary>
internal sealed class TokenProbe : IDisposable
{
    private readonly Analyzer _analyzer = IndexAnalysis.CreateAnalyzer();

    /// <summary>The analysed body field of each language, then the neutral field organisations use.</summary>
    public static IReadOnlyList<string> Fields { get; } =
        [.. Languages.All.Select(IndexFields.BodyIn), IndexFields.Organization];

    public static string FieldOf(string language) => IndexFields.BodyIn(language);

    public string[] Lucene(string field, string text)
    {
        var tokens = new List<string>(2);
        using var stream = _analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(term.ToString());
        }

        stream.End();
        return [.. tokens];
    }

    /// <summary>The FTS5 tokens of each text, in order (one SQLite pass over all of them).</summary>
    public static string[][] Fts5(IReadOnlyList<string> texts)
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        Execute(connection, $"CREATE VIRTUAL TABLE probe USING fts5(text, tokenize = '{SqliteFts5Engine.Tokenizer}');" +
                            "CREATE VIRTUAL TABLE probe_terms USING fts5vocab(probe, 'instance');");
        using (var transaction = connection.BeginTransaction())
        {
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO probe(rowid, text) VALUES ($id, $text)";
            var id = insert.Parameters.Add("$id", SqliteType.Integer);
            var text = insert.Parameters.Add("$text", SqliteType.Text);
            for (var i = 0; i < texts.Count; i++)
            {
                id.Value = i + 1;
                text.Value = texts[i];
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        var tokens = texts.Select(_ => new List<string>(1)).ToArray();
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT doc, term FROM probe_terms ORDER BY doc, offset";
        using var reader = select.ExecuteReader();
        while (reader.Read())
        {
            tokens[reader.GetInt64(0) - 1].Add(reader.GetString(1));
        }

        return [.. tokens.Select(t => t.ToArray())];
    }

    public void Dispose() => _analyzer.Dispose();

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
