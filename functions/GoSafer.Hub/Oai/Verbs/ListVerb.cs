using GoSafer.Hub.Oai.Formats;
using Microsoft.Extensions.Options;

namespace GoSafer.Hub.Oai.Verbs;

/// <summary>
/// <c>ListIdentifiers</c> and <c>ListRecords</c> (protocol 4.3, 4.5): one page of the selective
/// harvest, then a resumption token while more follow, and an empty token to close a list that
/// took more than one response. Records are flushed to the client one at a time.
/// </summary>
public sealed class ListVerb(string verb, OaiCatalog catalog, OaiFormats formats, OaiSets sets, OaiIdentifiers identifiers, IOptions<OaiOptions> options) : IOaiVerb
{
    public string Verb => verb;

    public async Task<OaiOutcome> HandleAsync(OaiRequest request, OaiContext context, CancellationToken cancellationToken)
    {
        var query = request.List!;
        if (formats.Find(query.MetadataPrefix) is not { } format)
        {
            // Tokens are only issued for formats on offer, so an unknown one in a token was not issued here.
            return request.Resumes
                ? OaiOutcome.Fail(OaiError.BadResumptionToken, "The resumption token was not issued by this repository.")
                : OaiOutcome.Fail(OaiError.CannotDisseminateFormat, $"'{query.MetadataPrefix}' is not a metadata format of this repository.");
        }

        if (query.Set is not null && !options.Value.Sets)
        {
            return OaiOutcome.Fail(OaiError.NoSetHierarchy, "This repository does not support sets.");
        }

        if (query.Set is { } named && !sets.Exists(named))
        {
            return OaiOutcome.Fail(OaiError.NoRecordsMatch, $"There is no set '{named}'.");
        }

        var page = await catalog.PageAsync(query, countAll: !request.Resumes, cancellationToken);
        if (page.Items.Count == 0)
        {
            return request.Resumes
                ? OaiOutcome.Fail(OaiError.BadResumptionToken, "The list this token continues has no more items.")
                : OaiOutcome.Fail(OaiError.NoRecordsMatch, "No item matches the given set, from, until and metadataPrefix.");
        }

        var completeListSize = query.CompleteListSize ?? page.Matched;
        var next = page.HasMore
            ? query with { AfterId = page.Items[^1].Resource.Id, Cursor = query.Cursor + page.Items.Count, CompleteListSize = completeListSize }
            : null;
        return OaiOutcome.Ok(async (output, ct) =>
        {
            var w = output.Writer;
            w.WriteStartElement(Verb, OaiXml.OaiNamespace);
            foreach (var item in page.Items)
            {
                var identifier = identifiers.Of(item.Resource.Id);
                if (Verb == OaiVerbs.ListRecords)
                {
                    OaiEnvelope.Record(w, identifier, item, format, context.BaseUrl);
                }
                else
                {
                    OaiEnvelope.Header(w, identifier, item);
                }

                await output.FlushAsync(ct);
            }

            if (next is not null || request.Resumes)
            {
                OaiEnvelope.ResumptionToken(w, next is null ? null : OaiResumptionToken.Encode(next), Math.Max(completeListSize, query.Cursor + page.Items.Count), query.Cursor);
            }

            w.WriteEndElement();
        });
    }
}
