using System.Text;

namespace GoSafer.Hub.Exports;

/// <summary>RFC 4180 cells, neutralised against spreadsheet formula injection.</summary>
public static class CsvCells
{
    /// <summary>The separator of multi-valued fields inside one cell.</summary>
    public const string ListSeparator = ";";

    /// <summary>
    /// A cell a spreadsheet would evaluate (starting with =, +, -, @, tab or CR) gets a leading
    /// apostrophe, which spreadsheets show as text and never evaluate (the OWASP advice). The
    /// apostrophe is part of the exported value; a reader that wants the original strips it.
    /// </summary>
    public static string Neutralise(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;

    /// <summary>Quotes a cell when it holds a comma, quote, CR or LF, doubling its quotes.</summary>
    public static void Append(StringBuilder line, string value)
    {
        var cell = Neutralise(value);
        if (cell.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            line.Append(cell);
            return;
        }

        line.Append('"').Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }

    public static string Join(IEnumerable<string> values) => string.Join(ListSeparator, values);
}
