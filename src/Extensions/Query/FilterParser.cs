using System;
using System.Collections.Generic;
using System.Text;

namespace OneRoster.Query
{
    /// <summary>
    /// Recursive-descent reader of filter text:
    /// <code>
    /// filter    = or
    /// or        = and *( "OR" and )
    /// and       = primary *( "AND" primary )
    /// primary   = "(" or ")" / predicate
    /// predicate = field operator value
    /// field     = name *( "." name )
    /// operator  = "=" / "!=" / "&gt;" / "&gt;=" / "&lt;" / "&lt;=" / "~"
    /// value     = "'" *( char / "''" ) "'" / bare
    /// </code>
    /// Keywords are case-insensitive and must be followed by a space or <c>(</c>; a bare value is a
    /// run of letters, digits and <c>. - + : _</c> (<c>score&gt;=90</c>, as some clients write numbers).
    /// </summary>
    internal sealed class FilterParser
    {
        /// <summary>Bounds recursion so hostile text cannot exhaust the stack.</summary>
        private const int MaxNesting = 64;

        private readonly string _text;
        private int _position;
        private int _nesting;

        private FilterParser(string text)
        {
            _text = text;
        }

        public static Filter Parse(string text)
        {
            ArgumentNullException.ThrowIfNull(text);
            var parser = new FilterParser(text);
            parser.SkipSpace();
            if (parser.AtEnd)
            {
                throw parser.Fail("The filter is empty", 0);
            }

            Filter filter = parser.ReadOr();
            parser.SkipSpace();
            if (!parser.AtEnd)
            {
                throw parser.Current == ')'
                    ? parser.Fail("This ')' has no matching '('", parser._position)
                    : parser.Fail("Expected AND or OR between predicates", parser._position);
            }

            return filter;
        }

        private bool AtEnd => _position >= _text.Length;

        private char Current => _text[_position];

        private Filter ReadOr() => ReadChain(LogicalOperator.Or, "OR", ReadAnd);

        private Filter ReadAnd() => ReadChain(LogicalOperator.And, "AND", ReadPrimary);

        /// <summary>Operands joined by one keyword; the operand reader binds tighter, which is how AND outranks OR.</summary>
        private Filter ReadChain(LogicalOperator op, string keyword, Func<Filter> readOperand)
        {
            Filter first = readOperand();
            List<Filter>? operands = null;
            while (TryKeyword(keyword))
            {
                operands ??= new List<Filter> { first };
                operands.Add(readOperand());
            }

            return operands is null ? first : LogicalFilter.Combine(op, operands, "text");
        }

        private Filter ReadPrimary()
        {
            SkipSpace();
            if (AtEnd)
            {
                throw Fail("Expected a predicate (field, operator, quoted value) or '('", _position);
            }

            if (Current != '(')
            {
                return ReadPredicate();
            }

            int open = _position;
            if (++_nesting > MaxNesting)
            {
                throw Fail($"Parentheses nest deeper than {MaxNesting} levels", open);
            }

            _position++;
            Filter inner = ReadOr();
            SkipSpace();
            if (AtEnd || Current != ')')
            {
                throw Fail($"Expected ')' to close the '(' at position {open}", _position);
            }

            _position++;
            _nesting--;
            return inner;
        }

        private PredicateFilter ReadPredicate()
        {
            int fieldStart = _position;
            // '@' is a name character, but before a quote it is the in-list operator (user.sourcedId@'a,b').
            while (!AtEnd && (FieldNameSyntax.IsNameChar(Current) || Current == '.') && !IsInListOperatorAt(_position))
            {
                _position++;
            }

            if (_position == fieldStart)
            {
                throw Fail("Expected a field name", fieldStart);
            }

            string field = _text[fieldStart.._position];
            string? problem = FieldNameSyntax.DescribeProblem(field);
            if (problem is not null)
            {
                throw Fail($"'{field}' is not a field name: {problem}", fieldStart);
            }

            SkipSpace();
            int operatorStart = _position;
            while (!AtEnd && FilterOperatorSymbols.IsOperatorChar(Current))
            {
                _position++;
            }

            if (_position == operatorStart && !AtEnd && Current == '@')
            {
                _position++;
            }

            if (_position == operatorStart)
            {
                throw Fail($"Expected a comparison operator ({FilterOperatorSymbols.Listing}) after '{field}'", operatorStart);
            }

            if (!FilterOperatorSymbols.TryParse(_text.AsSpan(operatorStart, _position - operatorStart), out FilterOperator op))
            {
                throw Fail($"Unknown operator '{_text[operatorStart.._position]}'; expected one of {FilterOperatorSymbols.Listing}", operatorStart);
            }

            SkipSpace();
            return new PredicateFilter(field, op, ReadValue());
        }

        private bool IsInListOperatorAt(int position) =>
            _text[position] == '@' && position + 1 < _text.Length && (_text[position + 1] == '\'' || char.IsWhiteSpace(_text[position + 1]));

        private string ReadValue()
        {
            if (AtEnd)
            {
                throw Fail("Expected a value in single quotes", _position);
            }

            if (Current == '\'')
            {
                return ReadQuoted();
            }

            int start = _position;
            while (!AtEnd && IsBareChar(Current))
            {
                _position++;
            }

            if (_position == start)
            {
                throw Fail("Expected a value in single quotes", start);
            }

            return _text[start.._position];
        }

        private string ReadQuoted()
        {
            int open = _position++;
            StringBuilder? unescaped = null;
            int runStart = _position;
            while (true)
            {
                int quote = _text.IndexOf('\'', _position);
                if (quote < 0)
                {
                    throw Fail("The value's opening quote is never closed (a quote inside a value is written '')", open);
                }

                bool doubled = quote + 1 < _text.Length && _text[quote + 1] == '\'';
                if (!doubled)
                {
                    _position = quote + 1;
                    if (unescaped is null)
                    {
                        return _text[runStart..quote];
                    }

                    return unescaped.Append(_text, runStart, quote - runStart).ToString();
                }

                // '' inside a value is one quote.
                unescaped ??= new StringBuilder();
                unescaped.Append(_text, runStart, quote - runStart + 1);
                _position = quote + 2;
                runStart = _position;
            }
        }

        private bool TryKeyword(string keyword)
        {
            SkipSpace();
            int end = _position + keyword.Length;
            if (end > _text.Length
                || !_text.AsSpan(_position, keyword.Length).Equals(keyword, StringComparison.OrdinalIgnoreCase)
                || (end < _text.Length && !(char.IsWhiteSpace(_text[end]) || _text[end] == '(')))
            {
                return false;
            }

            _position = end;
            return true;
        }

        private void SkipSpace()
        {
            while (!AtEnd && char.IsWhiteSpace(Current))
            {
                _position++;
            }
        }

        private static bool IsBareChar(char c) => char.IsLetterOrDigit(c) || c is '.' or '-' or '+' or ':' or '_';

        private FilterParseException Fail(string reason, int position) => new(reason, _text, position);
    }
}
