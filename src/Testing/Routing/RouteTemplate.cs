using System;
using System.Collections.Generic;

namespace OneRoster.Testing.Routing
{
    /// <summary>An OpenAPI path template (<c>/ims/oneroster/rostering/v1p2/classes/{classSourcedId}/students</c>).</summary>
    internal sealed class RouteTemplate
    {
        private readonly string[] _segments;

        public RouteTemplate(string text)
        {
            Text = text;
            _segments = text.Trim('/').Split('/');
        }

        public string Text { get; }

        /// <summary>Matches decoded path segments, filling in the parameters.</summary>
        public bool TryMatch(IReadOnlyList<string> path, out Dictionary<string, string> values)
        {
            values = new Dictionary<string, string>(StringComparer.Ordinal);
            if (path.Count != _segments.Length)
            {
                return false;
            }
            for (var i = 0; i < _segments.Length; i++)
            {
                if (IsParameter(i))
                {
                    if (path[i].Length == 0)
                    {
                        return false;
                    }
                    values[_segments[i].Substring(1, _segments[i].Length - 2)] = path[i];
                }
                else if (!string.Equals(_segments[i], path[i], StringComparison.Ordinal))
                {
                    return false;
                }
            }
            return true;
        }

        /// <summary>
        /// Positive when this template is more specific than the other: at the first segment where one has a literal
        /// and the other a parameter, the literal wins (<c>/courses/components</c> before <c>/courses/{sourcedId}</c>).
        /// </summary>
        public int CompareSpecificity(RouteTemplate other)
        {
            for (var i = 0; i < Math.Min(_segments.Length, other._segments.Length); i++)
            {
                var mine = IsParameter(i);
                var theirs = other.IsParameter(i);
                if (mine != theirs)
                {
                    return mine ? -1 : 1;
                }
            }
            return 0;
        }

        private bool IsParameter(int i) => _segments[i].StartsWith('{');
    }
}
