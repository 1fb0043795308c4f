using System;
using System.Collections.Generic;
using System.Linq;

namespace OneRoster.Testing.Routing
{
    /// <summary>Finds the route for a method and path; the most specific template wins.</summary>
    internal sealed class RouteTable
    {
        private readonly List<Route> _routes = new();

        public IReadOnlyList<Route> Routes => _routes;

        public void Add(Route route)
        {
            if (_routes.Any(r => r.Method == route.Method && r.Template.Text == route.Template.Text))
            {
                throw new InvalidOperationException($"Duplicate route {route.Method} {route.Template.Text}.");
            }
            _routes.Add(route);
        }

        /// <summary>The route, or null with <paramref name="allowed"/> listing the methods the path supports (empty: unknown path).</summary>
        public Route? Find(string method, IReadOnlyList<string> path, out Dictionary<string, string> values, out IReadOnlyList<string> allowed)
        {
            Route? best = null;
            values = new Dictionary<string, string>(StringComparer.Ordinal);
            var methods = new List<string>();
            RouteTemplate? bestTemplate = null;
            foreach (var route in _routes)
            {
                if (!route.Template.TryMatch(path, out var matched))
                {
                    continue;
                }
                // Only templates as specific as the best one seen count towards the path's methods.
                if (bestTemplate is null || route.Template.CompareSpecificity(bestTemplate) > 0)
                {
                    bestTemplate = route.Template;
                    methods.Clear();
                    best = null;
                }
                else if (route.Template.CompareSpecificity(bestTemplate) < 0)
                {
                    continue;
                }
                methods.Add(route.Method);
                if (route.Method == method)
                {
                    best = route;
                    values = matched;
                }
            }
            allowed = methods;
            return best;
        }
    }
}
