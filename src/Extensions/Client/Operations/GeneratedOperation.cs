using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;

namespace OneRoster.Operations
{
    /// <summary>
    /// One generated endpoint method, found by its OneRoster operationId. The resource surface is a
    /// table of operationIds (see <c>OneRosterClient.Areas.cs</c>) rather than a hand-written wrapper per
    /// endpoint: the generated code stays the single source of paths and encodings, and a table row
    /// is all a new endpoint needs. Resolution happens once per operation and is cached.
    /// </summary>
    internal sealed class GeneratedOperation
    {
        private static readonly string[] ServiceNamespaces = { "OneRoster.Rostering", "OneRoster.Gradebook", "OneRoster.Resources" };
        private static readonly Lazy<IReadOnlyDictionary<string, GeneratedOperation>> All = new(Discover);
        private static readonly ConcurrentDictionary<Type, PropertyInfo?> TaskResults = new();

        private readonly Func<HttpClient, object> _createClient;
        private readonly ParameterInfo[] _parameters;
        private readonly PropertyInfo? _result;

        private GeneratedOperation(string operationId, Type clientType, MethodInfo method)
        {
            OperationId = operationId;
            Method = method;
            var ctor = clientType.GetConstructor(new[] { typeof(HttpClient) })
                ?? throw new InvalidOperationException($"{clientType} has no (HttpClient) constructor.");
            _createClient = http => ctor.Invoke(new object[] { http });
            _parameters = method.GetParameters();
            PathParameters = _parameters.Where(IsPathParameter).Select(p => p.Name!).ToArray();
            BodyType = _parameters.FirstOrDefault(p => p.Name == "body")?.ParameterType;
            ResultType = method.ReturnType.IsGenericType ? method.ReturnType.GetGenericArguments()[0] : null;
            _result = ResultType is null ? null : method.ReturnType.GetProperty(nameof(Task<object>.Result));
        }

        /// <summary>The OneRoster operationId, e.g. <c>getClassesForSchool</c>.</summary>
        public string OperationId { get; }

        public MethodInfo Method { get; }

        /// <summary>Names of the path ids, in path order (e.g. <c>schoolSourcedId, classSourcedId</c>).</summary>
        public IReadOnlyList<string> PathParameters { get; }

        public Type? BodyType { get; }

        public Type? ResultType { get; }

        public bool TakesSearch => _parameters.Any(p => p.Name == "search");

        /// <summary>The operation named <paramref name="operationId"/>; throws when the generated code lacks it.</summary>
        public static GeneratedOperation Get(string operationId) =>
            All.Value.TryGetValue(operationId, out var operation)
                ? operation
                : throw new InvalidOperationException($"No generated method for operationId '{operationId}'.");

        public static bool Exists(string operationId) => All.Value.ContainsKey(operationId);

        /// <summary>Calls the generated method; query arguments are passed by name, path ids in order.</summary>
        public async Task<object?> InvokeAsync(HttpClient http, IReadOnlyList<string> pathIds, QueryArguments query, object? body, CancellationToken cancellationToken)
        {
            if (pathIds.Count != PathParameters.Count)
            {
                throw new InvalidOperationException($"{OperationId} takes {PathParameters.Count} path ids, got {pathIds.Count}.");
            }
            var args = new object?[_parameters.Length];
            var nextPathId = 0;
            for (var i = 0; i < _parameters.Length; i++)
            {
                var parameter = _parameters[i];
                args[i] = parameter.Name switch
                {
                    "cancellationToken" => cancellationToken,
                    "body" => body,
                    "limit" => query.Limit,
                    "offset" => query.Offset,
                    "sort" => query.Sort,
                    "orderBy" => query.OrderBy,
                    "filter" => query.Filter,
                    "fields" => query.Fields,
                    "search" => query.Search,
                    _ when IsPathParameter(parameter) => pathIds[nextPathId++],
                    _ => parameter.HasDefaultValue ? parameter.DefaultValue : null,
                };
            }
            Task task;
            try
            {
                task = (Task)Method.Invoke(_createClient(http), args)!;
            }
            catch (TargetInvocationException ex) when (ex.InnerException is not null)
            {
                // Argument checks of the generated code throw synchronously; keep their exception type.
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerException).Throw();
                throw;
            }
            await task.ConfigureAwait(false);
            return _result?.GetValue(task);
        }

        private static bool IsPathParameter(ParameterInfo parameter) =>
            parameter.ParameterType == typeof(string) && !parameter.HasDefaultValue && parameter.Name != "body";

        private static IReadOnlyDictionary<string, GeneratedOperation> Discover()
        {
            var operations = new Dictionary<string, GeneratedOperation>(StringComparer.Ordinal);
            var clients = typeof(GeneratedOperation).Assembly.GetExportedTypes()
                .Where(t => t.IsClass && !t.IsAbstract && ServiceNamespaces.Contains(t.Namespace) && t.Name.EndsWith("Client", StringComparison.Ordinal));
            foreach (var client in clients)
            {
                foreach (var method in client.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
                {
                    if (method.Name.EndsWith("Async", StringComparison.Ordinal) && typeof(Task).IsAssignableFrom(method.ReturnType))
                    {
                        var name = method.Name[..^5];
                        var operationId = char.ToLowerInvariant(name[0]) + name[1..];
                        operations[operationId] = new GeneratedOperation(operationId, client, method);
                    }
                }
            }
            return operations;
        }
    }
}
