using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Gongkai.Search;

/// <summary>The index side of <see cref="ChineseText"/>: every token at the position of its first character.</summary>
public sealed class ChineseAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) => new(new ChineseTokenizer(reader));

    private sealed class ChineseTokenizer : Tokenizer
    {
        private readonly ICharTermAttribute _term;
        private readonly IOffsetAttribute _offset;
        private readonly IPositionIncrementAttribute _position;
        private readonly List<TextToken> _tokens = [];
        private int _next;
        private int _lastStart;
        private int _length;

        public ChineseTokenizer(TextReader input)
            : base(input)
        {
            _term = AddAttribute<ICharTermAttribute>();
            _offset = AddAttribute<IOffsetAttribute>();
            _position = AddAttribute<IPositionIncrementAttribute>();
        }

        public override bool IncrementToken()
        {
            ClearAttributes();
            if (_next >= _tokens.Count)
            {
                return false;
            }

            var t = _tokens[_next++];
            _term.SetEmpty().Append(t.Text);
            _offset.SetOffset(CorrectOffset(t.Start), CorrectOffset(t.Start + t.Length));
            _position.PositionIncrement = t.Start - _lastStart;
            _lastStart = t.Start;
            return true;
        }

        public override void Reset()
        {
            base.Reset();
            var text = ChineseText.Instance.Normalize(m_input.ReadToEnd());
            _length = text.Length;
            _tokens.Clear();
            ChineseText.Instance.Tokens(text, forIndex: true, _tokens);
            _next = 0;
            _lastStart = -1;
        }

        public override void End()
        {
            base.End();
            var end = CorrectOffset(_length);
            _offset.SetOffset(end, end);
        }
    }
}
