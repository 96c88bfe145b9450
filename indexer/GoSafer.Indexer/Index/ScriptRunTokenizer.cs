using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace GoSafer.Indexer.Index;

/// <summary>
/// Splits text into runs of Han and of other scripts and reads each run with its own analyzer,
/// one run at a time (only one inner stream per analyzer is open, as analyzer reuse requires).
/// Whitespace never ends a run: SmartCn keeps segmenting a Chinese sentence across spaces, as it
/// did when it read the whole text.
/// </summary>
internal sealed class ScriptRunTokenizer : Tokenizer
{
    private readonly string _field;
    private readonly Analyzer _han;
    private readonly Analyzer _other;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    private readonly ITypeAttribute _type;

    private string _text = "";
    private int _next;
    private int _runStart;
    private TokenStream? _run;
    private ICharTermAttribute? _runTerm;
    private IOffsetAttribute? _runOffset;
    private IPositionIncrementAttribute? _runIncrement;
    private ITypeAttribute? _runType;

    public ScriptRunTokenizer(TextReader input, string field, Analyzer han, Analyzer other)
        : base(input)
    {
        _field = field;
        _han = han;
        _other = other;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    public override void Reset()
    {
        base.Reset();
        CloseRun();
        _text = m_input.ReadToEnd();
        _next = 0;
    }

    public override bool IncrementToken()
    {
        while (true)
        {
            if (_run is not null && _run.IncrementToken())
            {
                ClearAttributes();
                _term.CopyBuffer(_runTerm!.Buffer, 0, _runTerm.Length);
                _offset.SetOffset(CorrectOffset(_runStart + _runOffset!.StartOffset), CorrectOffset(_runStart + _runOffset.EndOffset));
                _increment.PositionIncrement = _runIncrement!.PositionIncrement;
                _type.Type = _runType!.Type;
                return true;
            }

            CloseRun();
            if (_next >= _text.Length)
            {
                return false;
            }

            OpenNextRun();
        }
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(_text.Length);
        _offset.SetOffset(final, final);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            CloseRun();
        }

        base.Dispose(disposing);
    }

    private void OpenNextRun()
    {
        _runStart = _next;
        bool? han = null;
        var i = _next;
        while (i < _text.Length)
        {
            var c = _text[i];
            var width = char.IsHighSurrogate(c) && i + 1 < _text.Length && char.IsLowSurrogate(_text[i + 1]) ? 2 : 1;
            if (!char.IsWhiteSpace(c))
            {
                var isHan = IsHan(width == 2 ? char.ConvertToUtf32(c, _text[i + 1]) : c);
                if (han is null)
                {
                    han = isHan;
                }
                else if (han != isHan)
                {
                    break;
                }
            }

            i += width;
        }

        _next = i;
        _run = (han == true ? _han : _other).GetTokenStream(_field, _text[_runStart..i]);
        _runTerm = _run.AddAttribute<ICharTermAttribute>();
        _runOffset = _run.AddAttribute<IOffsetAttribute>();
        _runIncrement = _run.AddAttribute<IPositionIncrementAttribute>();
        _runType = _run.AddAttribute<ITypeAttribute>();
        _run.Reset();
    }

    private void CloseRun()
    {
        if (_run is null)
        {
            return;
        }

        _run.End();
        _run.Dispose();
        _run = null;
    }

    /// <summary>Han ideographs, CJK symbols and punctuation, and full-width forms: what SmartCn segments.</summary>
    private static bool IsHan(int codePoint) => codePoint switch
    {
        >= 0x2E80 and <= 0x2FDF => true,
        >= 0x3000 and <= 0x303F => true,
        >= 0x3400 and <= 0x4DBF => true,
        >= 0x4E00 and <= 0x9FFF => true,
        >= 0xF900 and <= 0xFAFF => true,
        >= 0xFF00 and <= 0xFFEF => true,
        >= 0x20000 and <= 0x3FFFF => true,
        _ => false,
    };
}
