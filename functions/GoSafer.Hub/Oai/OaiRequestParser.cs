namespace GoSafer.Hub.Oai;

/// <summary>
/// Checks a request against the protocol's argument rules: the verb (badVerb), then repeated,
/// unknown, missing and malformed arguments and the exclusivity of <c>resumptionToken</c>
/// (badArgument, every one reported), then the token itself (badResumptionToken). Whether a format,
/// identifier or set exists is the verbs' concern.
/// </summary>
public static class OaiRequestParser
{
    public static (OaiRequest? Request, IReadOnlyList<OaiError> Errors) Parse(IReadOnlyList<KeyValuePair<string, string>> arguments, DateTimeOffset now)
    {
        var verbs = arguments.Where(a => a.Key == "verb").Select(a => a.Value).ToList();
        if (verbs.Count != 1 || !OaiVerbs.Arguments.TryGetValue(verbs[0], out var allowed))
        {
            var message = verbs.Count switch
            {
                0 => "The verb argument is missing.",
                1 => $"'{verbs[0]}' is not an OAI-PMH verb.",
                _ => "The verb argument is repeated.",
            };
            return (null, [new OaiError(OaiError.BadVerb, message)]);
        }

        var verb = verbs[0];
        var errors = new List<OaiError>();
        var given = arguments.Where(a => a.Key != "verb").ToList();
        foreach (var repeated in given.GroupBy(a => a.Key, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add(new OaiError(OaiError.BadArgument, $"The argument '{repeated.Key}' is repeated."));
        }

        foreach (var name in given.Select(a => a.Key).Distinct(StringComparer.Ordinal)
                     .Where(n => !allowed.Required.Contains(n) && !allowed.Optional.Contains(n)))
        {
            errors.Add(new OaiError(OaiError.BadArgument, $"'{name}' is not an argument of {verb}."));
        }

        string? value(string name) => given.Find(a => a.Key == name).Value;
        var token = value(OaiVerbs.ResumptionToken);
        if (token is not null && given.Any(a => a.Key != OaiVerbs.ResumptionToken))
        {
            errors.Add(new OaiError(OaiError.BadArgument, "resumptionToken is an exclusive argument: send it with the verb alone."));
        }
        else if (token is null)
        {
            errors.AddRange(allowed.Required.Where(r => value(r) is null)
                .Select(r => new OaiError(OaiError.BadArgument, $"{verb} requires the argument '{r}'.")));
        }

        var isList = verb is OaiVerbs.ListIdentifiers or OaiVerbs.ListRecords;
        var bounds = isList && token is null ? Bounds(value("from"), value("until"), errors) : default;
        if (value("set") is { } set && !OaiSetSpec.IsWellFormed(set))
        {
            errors.Add(new OaiError(OaiError.BadArgument, $"'{set}' is not a setSpec."));
        }

        if (value("identifier") is "")
        {
            errors.Add(new OaiError(OaiError.BadArgument, "The identifier is empty."));
        }

        if (value("metadataPrefix") is { } prefix && (prefix.Contains(':', StringComparison.Ordinal) || !OaiSetSpec.IsWellFormed(prefix)))
        {
            // A metadataPrefix has the syntax of a single setSpec level.
            errors.Add(new OaiError(OaiError.BadArgument, $"'{prefix}' is not a metadataPrefix."));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        OaiListQuery? list = null;
        if (token is not null)
        {
            list = verb == OaiVerbs.ListSets ? null : OaiResumptionToken.TryDecode(token);
            if (list is null)
            {
                return (null, [new OaiError(OaiError.BadResumptionToken, "The resumption token is invalid or was not issued by this repository.")]);
            }
        }
        else if (isList)
        {
            // A harvest without 'until' is pinned to its start, so items changed while it pages are
            // left to the next incremental harvest (from = this responseDate) instead of shifting pages.
            list = new OaiListQuery(value("metadataPrefix")!, value("set"), bounds.From, bounds.Until ?? OaiDatestamp.Truncate(now));
        }

        return (new OaiRequest(verb, arguments, value("identifier"), list?.MetadataPrefix ?? value("metadataPrefix"), list, token is not null), []);
    }

    private static (DateTimeOffset? From, DateTimeOffset? Until) Bounds(string? fromText, string? untilText, List<OaiError> errors)
    {
        DateTimeOffset? from = null, until = null;
        bool? fromIsDay = null, untilIsDay = null;
        if (fromText is not null)
        {
            if (OaiDatestamp.TryParse(fromText, endOfDay: false, out var value, out var isDay))
            {
                (from, fromIsDay) = (value, isDay);
            }
            else
            {
                errors.Add(new OaiError(OaiError.BadArgument, $"from '{fromText}' is not a UTC datestamp (YYYY-MM-DD or {OaiDatestamp.SecondsGranularity})."));
            }
        }

        if (untilText is not null)
        {
            if (OaiDatestamp.TryParse(untilText, endOfDay: true, out var value, out var isDay))
            {
                (until, untilIsDay) = (value, isDay);
            }
            else
            {
                errors.Add(new OaiError(OaiError.BadArgument, $"until '{untilText}' is not a UTC datestamp (YYYY-MM-DD or {OaiDatestamp.SecondsGranularity})."));
            }
        }

        if (fromIsDay is not null && untilIsDay is not null && fromIsDay != untilIsDay)
        {
            errors.Add(new OaiError(OaiError.BadArgument, "from and until must have the same granularity."));
        }
        else if (from > until)
        {
            errors.Add(new OaiError(OaiError.BadArgument, "from is later than until."));
        }

        return (from, until);
    }
}
