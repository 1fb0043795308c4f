using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace OneRoster.Testing.Protocol
{
    /// <summary>
    /// The <c>fields</c> parameter: a comma-separated list of properties to keep, where a dotted name keeps a
    /// property inside an object or inside every object of an array (<c>roles.role</c>).
    /// </summary>
    internal sealed class FieldSelection
    {
        private readonly Dictionary<string, FieldSelection?> _children = new(StringComparer.Ordinal);

        private FieldSelection()
        {
        }

        public static FieldSelection? Parse(string? text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }
            var root = new FieldSelection();
            foreach (var name in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var node = root;
                var parts = name.Split('.');
                for (var i = 0; i < parts.Length; i++)
                {
                    if (parts[i].Length == 0)
                    {
                        throw ProtocolError.BadRequest(StatusInfo.InvalidSelectionField, $"'{name}' is not a field name.");
                    }
                    if (i == parts.Length - 1)
                    {
                        node._children[parts[i]] = null; // the whole property
                    }
                    else if (!node._children.TryGetValue(parts[i], out var child))
                    {
                        child = new FieldSelection();
                        node._children[parts[i]] = child;
                        node = child;
                    }
                    else if (child is null)
                    {
                        break; // the whole property is already selected
                    }
                    else
                    {
                        node = child;
                    }
                }
            }
            return root._children.Count == 0 ? null : root;
        }

        public JObject Apply(JObject record)
        {
            var kept = new JObject();
            foreach (var (name, child) in _children)
            {
                if (record.TryGetValue(name, StringComparison.Ordinal, out var value))
                {
                    kept[name] = child is null ? value : child.ApplyTo(value);
                }
            }
            return kept;
        }

        private JToken ApplyTo(JToken? value) => value switch
        {
            JObject obj => Apply(obj),
            JArray array => new JArray(array.Select(item => item is JObject obj ? Apply(obj) : item)),
            _ => value ?? JValue.CreateNull(),
        };
    }
}
