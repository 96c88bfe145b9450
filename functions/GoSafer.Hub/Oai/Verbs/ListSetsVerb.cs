using Microsoft.Extensions.Options;

namespace GoSafer.Hub.Oai.Verbs;

/// <summary>
/// <c>ListSets</c> (protocol 4.6): about 120 sets, always in one response, so no resumption
/// token is ever issued for it (and any token sent is a badResumptionToken, see the parser).
/// </summary>
public sealed class ListSetsVerb(OaiSets sets, OaiCatalog catalog, IOptions<OaiOptions> options) : IOaiVerb
{
    public string Verb => OaiVerbs.ListSets;

    public async Task<OaiOutcome> HandleAsync(OaiRequest request, OaiContext context, CancellationToken cancellationToken)
    {
        if (!options.Value.Sets)
        {
            return OaiOutcome.Fail(OaiError.NoSetHierarchy, "This repository does not support sets.");
        }

        var languages = await catalog.LanguagesAsync(cancellationToken);
        return OaiOutcome.Ok((output, _) =>
        {
            var w = output.Writer;
            w.WriteStartElement(Verb, OaiXml.OaiNamespace);
            foreach (var (spec, name) in sets.All(languages))
            {
                w.WriteStartElement("set", OaiXml.OaiNamespace);
                w.WriteElementString("setSpec", OaiXml.OaiNamespace, spec);
                w.WriteElementString("setName", OaiXml.OaiNamespace, name);
                w.WriteEndElement();
            }

            w.WriteEndElement();
            return Task.CompletedTask;
        });
    }
}
