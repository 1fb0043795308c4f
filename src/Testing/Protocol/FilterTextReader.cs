using System;
using System.Collections.Generic;
using System.Text;

namespace OneRoster.Testing.Protocol
{
    /// <summary>
    /// The fake's own reading of the OneRoster 1.2 <c>filter</c> text (docs/filtering.md, "The text format"),
    /// written apart from the client library's parser so that a mistake in either shows up as a disagreement in
    /// end-to-end tests instead of being shared:
    /// <code>
    /// filter     = disjunction
    /// disjunction = conjunction *( OR conjunction )      ; AND binds tighter than OR
    /// conjunction = term *( AND term )
    /// term       = "(" disjunction ")" / comparison
    /// comparison = field operator value                  ; whitespace allowed between the three
    /// field      = name *( "." name ), name = 1*( letter / digit / _ : - $ @ )
    /// operator   = "=" / "!=" / "&gt;" / "&gt;=" / "&lt;" / "&lt;=" / "~" / "@"   ; "@" (in-list) right before a quote
    /// value      = "'" *( any but "'" / "''" ) "'" / 1*( letter / digit / . - + : _ )
    /// </code>
    /// <c>AND</c> and <c>OR</c> are keywords in any case, only where a connective may stand, and only when
    /// whitespace, <c>(</c> or the end follows. Unquoted values are what people and some clients write
    /// (<c>score&gt;=90</c>).
    /// </summary>
    internal sealed class FilterTextReader
    {
        /// <summary>Parentheses deeper than this are refused, so hostile text cannot exhaust the stack.</summary>
        private const int DeepestNesting = 64;

        private readonly string _text;
        private int _at;
        private int _nesting;

        private FilterTextReader(string text) => _text = text;

        private bool AtEnd => _at >= _text.Length;

        /// <exception cref="FormatException">The text is not a filter; the message says why and where.</exception>
        public static FilterCondition Read(string text)
        {
            var reader = new FilterTextReader(text);
            var filter = reader.ReadDisjunction();
            reader.SkipWhitespace();
            if (!reader.AtEnd)
            {
                throw reader.Error(reader._text[reader._at] == ')' ? "a ')' closes no '('" : "expected AND or OR");
            }
            return filter;
        }

        private FilterCondition ReadDisjunction()
        {
            var alternatives = new List<FilterCondition> { ReadConjunction() };
            while (TakeKeyword("OR"))
            {
                alternatives.Add(ReadConjunction());
            }
            return FilterJunction.Join(Connective.Or, alternatives);
        }

        private FilterCondition ReadConjunction()
        {
            var terms = new List<FilterCondition> { ReadTerm() };
            while (TakeKeyword("AND"))
            {
                terms.Add(ReadTerm());
            }
            return FilterJunction.Join(Connective.And, terms);
        }

        private FilterCondition ReadTerm()
        {
            SkipWhitespace();
            if (AtEnd)
            {
                throw Error("expected a comparison (field, operator, value) or '('");
            }
            if (_text[_at] != '(')
            {
                return ReadComparison();
            }
            var opening = _at++;
            if (++_nesting > DeepestNesting)
            {
                throw Error($"parentheses nest deeper than {DeepestNesting}");
            }
            var inner = ReadDisjunction();
            SkipWhitespace();
            if (AtEnd || _text[_at] != ')')
            {
                throw Error($"the '(' at position {opening} is never closed");
            }
            _at++;
            _nesting--;
            return inner;
        }

        private FilterComparison ReadComparison()
        {
            var field = ReadField();
            SkipWhitespace();
            var symbolStart = _at;
            while (!AtEnd && _text[_at] is '=' or '!' or '<' or '>' or '~')
            {
                _at++;
            }
            if (_at == symbolStart && !AtEnd && _text[_at] == '@')
            {
                _at++;
            }
            ComparisonOperator op = _text[symbolStart.._at] switch
            {
                "=" => ComparisonOperator.Equal,
                "!=" => ComparisonOperator.NotEqual,
                ">" => ComparisonOperator.Greater,
                ">=" => ComparisonOperator.GreaterOrEqual,
                "<" => ComparisonOperator.Less,
                "<=" => ComparisonOperator.LessOrEqual,
                "~" => ComparisonOperator.Contains,
                "@" => ComparisonOperator.InList,
                "" => throw Error($"expected an operator (= != > >= < <= ~) after '{field}'"),
                var unknown => throw Error($"'{unknown}' is not an operator (= != > >= < <= ~)"),
            };
            SkipWhitespace();
            return new FilterComparison(field, op, ReadValue());
        }

        private string ReadField()
        {
            var start = _at;
            var segmentStart = _at;
            for (; !AtEnd; _at++)
            {
                var c = _text[_at];
                if (c == '.')
                {
                    if (_at == segmentStart)
                    {
                        throw Error("a field name has an empty part before '.'");
                    }
                    segmentStart = _at + 1;
                }
                else if (!(char.IsLetterOrDigit(c) || c is '_' or ':' or '-' or '$' or '@') || (c == '@' && _at + 1 < _text.Length && (_text[_at + 1] == '\'' || char.IsWhiteSpace(_text[_at + 1]))))
                {
                    break;
                }
            }
            if (_at == start)
            {
                throw Error("expected a field name");
            }
            if (_at == segmentStart)
            {
                throw Error("a field name ends with '.'");
            }
            return _text[start.._at];
        }

        private string ReadValue()
        {
            if (!AtEnd && _text[_at] == '\'')
            {
                return ReadQuotedValue();
            }
            var start = _at;
            while (!AtEnd && (char.IsLetterOrDigit(_text[_at]) || _text[_at] is '.' or '-' or '+' or ':' or '_'))
            {
                _at++;
            }
            if (_at == start)
            {
                throw Error("expected a value in single quotes");
            }
            return _text[start.._at];
        }

        private string ReadQuotedValue()
        {
            var opening = _at++;
            var value = new StringBuilder();
            while (true)
            {
                if (AtEnd)
                {
                    _at = opening;
                    throw Error("the value's quote is never closed (a quote inside a value is written '')");
                }
                var c = _text[_at++];
                if (c != '\'')
                {
                    value.Append(c);
                }
                else if (!AtEnd && _text[_at] == '\'')
                {
                    value.Append('\'');
                    _at++;
                }
                else
                {
                    return value.ToString();
                }
            }
        }

        private bool TakeKeyword(string keyword)
        {
            SkipWhitespace();
            var end = _at + keyword.Length;
            if (end > _text.Length
                || string.Compare(_text, _at, keyword, 0, keyword.Length, StringComparison.OrdinalIgnoreCase) != 0
                || (end < _text.Length && !char.IsWhiteSpace(_text[end]) && _text[end] != '('))
            {
                return false;
            }
            _at = end;
            return true;
        }

        private void SkipWhitespace()
        {
            while (!AtEnd && char.IsWhiteSpace(_text[_at]))
            {
                _at++;
            }
        }

        private FormatException Error(string reason) => new($"{reason} (position {_at})");
    }
}
