using GoSafer.Indexer.Index;
using Lucene.Net.Search;

namespace GoSafer.Indexer.Search;

/// <summary>
/// Gives each term query of a freshly built query the term's states from the searcher it will run
/// on (<see cref="CatalogIndexSearcher.TermStates"/>), so that building the weight does not look
/// every term up again with new enumerators. A query word is looked up in every language's fields
/// of every segment, so this is most of the cost of a short query before any document is scored.
/// Containers are changed in place: the query must not be shared.
/// </summary>
internal static class TermStateBinder
{
    public static Query Bind(Query query, IndexSearcher searcher)
    {
        if (searcher is not CatalogIndexSearcher catalog)
        {
            return query;
        }

        using var lookup = catalog.RentTermLookup();
        return Bind(query, lookup);
    }

    private static Query Bind(Query query, CatalogIndexSearcher.TermLookup lookup)
    {
        switch (query)
        {
            case TermQuery term:
                return new TermQuery(term.Term, lookup.StatesOf(term.Term)) { Boost = term.Boost };

            // A phrase with a word no segment holds matches nothing and, inside a disjunction,
            // changes no score (BM25 ignores the query norm). Such phrases are common: a Chinese
            // word becomes a phrase of single characters in every non-Chinese field.
            case PhraseQuery phrase when phrase.GetTerms().Any(t => lookup.StatesOf(t).DocFreq == 0):
                return new BooleanQuery();
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses)
                {
                    clause.Query = Bind(clause.Query, lookup);
                }

                return boolean;
            case DisjunctionMaxQuery disjunction:
                for (var i = 0; i < disjunction.Disjuncts.Count; i++)
                {
                    disjunction.Disjuncts[i] = Bind(disjunction.Disjuncts[i], lookup);
                }

                return disjunction;
            case ConstantScoreQuery { Query: { } inner } constant:
                return new ConstantScoreQuery(Bind(inner, lookup)) { Boost = constant.Boost };
            default:
                return query;
        }
    }
}
