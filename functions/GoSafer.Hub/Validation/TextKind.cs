namespace GoSafer.Hub.Validation;

public enum TextKind
{
    /// <summary>No control characters at all (names, titles, URLs).</summary>
    SingleLine,

    /// <summary>Line breaks and tabs allowed; other control characters refused (descriptions, statements).</summary>
    MultiLine,
}
