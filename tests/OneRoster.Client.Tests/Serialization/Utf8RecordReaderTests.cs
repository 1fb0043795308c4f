using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;
using NUnit.Framework;
using OneRoster.Serialization;

namespace OneRoster.Tests.Serialization
{
    /// <summary>
    /// The generated UTF-8 readers against Json.NET, the reference: on random records of every list operation's
    /// record type, a UTF-8 reader either declines or reads exactly what Json.NET reads; and it declines nothing in
    /// the canonical form, or streams would silently fall back to the slow reader.
    /// </summary>
    public class Utf8RecordReaderTests
    {
        private const int Rounds = 300;

        private static readonly JsonSerializer Reference = OneRosterJson.CreateSerializer();

        private static IEnumerable<TestCaseData> RecordTypes() =>
            Utf8Readers.ListEnvelopes().Select(p => p.Record).Distinct().Select(t => new TestCaseData(t).SetArgDisplayNames(t.Name));

        [Test]
        public void Every_list_envelope_streams_its_records_with_a_utf8_reader()
        {
            var envelopes = Utf8Readers.ListEnvelopes().ToList();

            Assert.That(envelopes, Has.Count.GreaterThan(10), "the generated list envelopes were found");
            Assert.Multiple(() =>
            {
                foreach (var (envelope, _) in envelopes)
                {
                    var shape = envelope.GetField("Shape", System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic)!.GetValue(null)!;
                    Assert.That(shape.GetType().GetProperty("ReadUtf8")!.GetValue(shape), Is.Not.Null, envelope.Name);
                }
            });
        }

        [Test]
        public void The_per_record_helpers_are_compiled_optimised_at_once_and_the_generated_readers_stay_tiered()
        {
            // Measured choices (docs/pagination.md, "Performance"): the helpers and steps compiled at once cut a cold read
            // by about a sixth; the generated readers compiled at once lose the profile that inlines the helpers into
            // them, about 10% of a long stream. Neither changes a result, so only this holds them.
            const System.Reflection.BindingFlags All = System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.Instance
                | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.DeclaredOnly;
            static bool AtOnce(System.Reflection.MethodInfo m) => m.MethodImplementationFlags.HasFlag(System.Reflection.MethodImplAttributes.AggressiveOptimization);
            static string Name(System.Reflection.MethodInfo m) => $"{m.DeclaringType!.Name}.{m.Name}";
            var assembly = typeof(OneRosterClient).Assembly;
            var readers = assembly.GetTypes().Select(t => t.GetMethod("TryReadUtf8", All)).OfType<System.Reflection.MethodInfo>().ToList();
            var helpers = new[] { typeof(Utf8Records), typeof(IsoDateText), assembly.GetType("OneRoster.Serialization.RecentUris", throwOnError: true)! }
                .SelectMany(t => t.GetMethods(All));
            var steps = new[]
            {
                assembly.GetType("OneRoster.Paging.RecentKeys", throwOnError: true)!.GetMethod("IsRepeat", All)!,
                typeof(OneRoster.Paging.Records.Utf8ListEnvelopeReader<>).GetMethod("TryRead", All)!,
                typeof(OneRoster.Paging.Records.Utf8ListEnvelopeReader<>).GetMethod("Advance", All)!,
            };

            Assert.That(readers, Has.Count.GreaterThan(20), "the generated readers were found");
            Assert.That(helpers.Concat(steps).Where(m => !AtOnce(m)).Select(Name), Is.Empty, "compiled at once");
            Assert.That(readers.Where(AtOnce).Select(Name), Is.Empty, "left to tiered compilation");
        }

        [TestCaseSource(nameof(RecordTypes))]
        public void Canonical_records_are_read_and_read_as_json_net_reads_them(Type recordType)
        {
            var read = Utf8Readers.ForType(recordType);
            var random = new Random(recordType.Name.Length * 7919);
            for (var round = 0; round < Rounds; round++)
            {
                var json = new RecordJson(random, canonical: true).Object(recordType, depth: 0).ToString(Formatting.None);

                var (accepted, value) = read(Encoding.UTF8.GetBytes(json));

                Assert.That(accepted, Is.True, $"declined a canonical {recordType.Name}: {json}");
                Assert.That(Normalized(value!), Is.EqualTo(Normalized(Deserialize(json, recordType))), json);
            }
        }

        [TestCaseSource(nameof(RecordTypes))]
        public void Any_record_it_accepts_reads_as_json_net_reads_it(Type recordType)
        {
            var read = Utf8Readers.ForType(recordType);
            var random = new Random(recordType.Name.Length * 104729);
            var declined = 0;
            for (var round = 0; round < Rounds; round++)
            {
                var json = new RecordJson(random, canonical: false).Record(recordType);

                var (accepted, value) = read(Encoding.UTF8.GetBytes(json));

                if (!accepted)
                {
                    declined++;
                    continue;
                }
                object expected;
                try
                {
                    expected = Deserialize(json, recordType);
                }
                catch (JsonException ex)
                {
                    Assert.Fail($"accepted what Json.NET refuses ({ex.Message}): {json}");
                    return;
                }
                Assert.That(Normalized(value!), Is.EqualTo(Normalized(expected)), json);
            }
            Assert.That(declined, Is.GreaterThan(0).And.LessThan(Rounds), "the rounds mix records it takes and records it declines");
        }

        [TestCase("{\"score\":85}")]
        [TestCase("{\"score\":85.25}")]
        [TestCase("{\"score\":0.30000001192092896}")]
        [TestCase("{\"score\":16777217}")]
        [TestCase("{\"score\":1e5}")]
        [TestCase("{\"score\":-0}")]
        [TestCase("{\"score\":3.4028235E+38}")]
        [TestCase("{\"score\":123456789012345678901234567890}")]
        public void A_single_is_rounded_as_json_net_rounds_it(string json)
        {
            var (accepted, value) = Utf8Readers.ForType(typeof(Gradebook.Result))(Encoding.UTF8.GetBytes(json));

            Assert.That(accepted, Is.True);
            var expected = (Gradebook.Result)Deserialize(json, typeof(Gradebook.Result));
            Assert.That(((Gradebook.Result)value!).Score, Is.EqualTo(expected.Score));
        }

        [Test]
        public void Random_numbers_read_into_a_single_and_a_double_as_json_net_reads_them()
        {
            var random = new Random(17);
            for (var i = 0; i < 20_000; i++)
            {
                var number = random.NextDouble() * Math.Pow(10, random.Next(-12, 14));
                var text = (i % 3) switch
                {
                    0 => number.ToString("R", CultureInfo.InvariantCulture),
                    1 => ((float)number).ToString("R", CultureInfo.InvariantCulture),
                    _ => Math.Round(number, random.Next(0, 9)).ToString(CultureInfo.InvariantCulture),
                };
                var json = $"{{\"score\":{text},\"weight\":{text}}}";

                var (accepted, value) = Utf8Readers.ForType(typeof(Gradebook.LineItem))(Encoding.UTF8.GetBytes(json));
                var (acceptedResult, result) = Utf8Readers.ForType(typeof(Gradebook.Result))(Encoding.UTF8.GetBytes($"{{\"score\":{text}}}"));

                Assert.That(acceptedResult, Is.True, text);
                Assert.That(((Gradebook.Result)result!).Score, Is.EqualTo(((Gradebook.Result)Deserialize($"{{\"score\":{text}}}", typeof(Gradebook.Result))).Score), text);
                if (accepted)
                {
                    Assert.That(Normalized(value!), Is.EqualTo(Normalized(Deserialize(json, typeof(Gradebook.LineItem)))), text);
                }
            }
        }

        [TestCase("{\"enabledUser\":true}", TestName = "A_flag_sent_as_a_JSON_boolean_is_declined")]
        [TestCase("{\"givenName\":12}", TestName = "A_number_where_text_is_declared_is_declined")]
        [TestCase("{\"SourcedId\":\"u1\"}", TestName = "A_name_differing_in_case_is_declined")]
        [TestCase("{\"sourcedId\":\"u1\",\"sourcedId\":\"u2\"}", TestName = "A_repeated_property_is_declined")]
        [TestCase("{\"sourcedId\":\"u1\",\"ext:nickname\":\"Avi\"}", TestName = "An_unknown_property_is_declined")]
        [TestCase("{\"dateLastModified\":\"2025-01-02\"}", TestName = "A_bare_date_where_an_instant_is_declared_is_declined")]
        [TestCase("{\"dateLastModified\":\"\"}", TestName = "An_empty_instant_is_declined")]
        [TestCase("{\"grades\":[null]}", TestName = "A_null_in_a_list_is_declined")]
        [TestCase("{\"metadata\":{\"ext:nested\":{\"a\":[1,2]}}}", TestName = "Metadata_holding_an_object_is_declined")]
        [TestCase("{\"metadata\":{\"ext:big\":1e5}}", TestName = "Metadata_holding_a_number_with_an_exponent_is_declined")]
        [TestCase("{\"metadata\":{\"ext:big\":123456789012345678901234567890}}", TestName = "Metadata_holding_a_number_beyond_a_long_is_declined")]
        [TestCase("{\"primaryOrg\":{\"href\":\"\"}}", TestName = "An_empty_href_is_declined")]
        [TestCase("{\"roles\":{\"role\":\"student\"}}", false, TestName = "One_object_where_a_list_is_declared_is_declined_and_left_to_json_net_to_refuse")]
        [TestCase("{\"givenName\":{}}", false, TestName = "An_object_where_text_is_declared_is_declined_and_left_to_json_net_to_refuse")]
        public void Json_net_decides_what_is_not_canonical(string json, bool jsonNetReadsIt = true)
        {
            var (accepted, _) = Utf8Readers.ForType(typeof(Rostering.User))(Encoding.UTF8.GetBytes(json));

            Assert.That(accepted, Is.False);
            Assert.That(() => Deserialize(json, typeof(Rostering.User)), jsonNetReadsIt ? Throws.Nothing : Throws.InstanceOf<JsonException>());
        }

        [Test]
        public void Property_names_written_with_escapes_are_matched_as_json_net_matches_them()
        {
            const string json = "{\"sourced\\u0049d\":\"u1\",\"\\u0067ivenName\":\"Ana\",\"familyName\":\"Ruiz\",\"role\\u0073\":[{\"role\\u0054ype\":\"primary\",\"role\":\"student\"}]}";

            var (accepted, value) = Utf8Readers.ForType(typeof(Rostering.User))(Encoding.UTF8.GetBytes(json));

            Assert.That(accepted, Is.True);
            Assert.That(((Rostering.User)value!).SourcedId, Is.EqualTo("u1"));
            Assert.That(Normalized(value!), Is.EqualTo(Normalized(Deserialize(json, typeof(Rostering.User)))));
        }

        [Test]
        public void A_record_split_between_two_body_blocks_at_any_byte_reads_as_json_net_reads_it()
        {
            // A property name or value across the boundary is read from a sequence, not from one span.
            const string json = "{\"sourcedId\":\"u1\",\"status\":\"active\",\"givenName\":\"Ana\",\"familyName\":\"Ruiz\",\"roles\":[{\"roleType\":\"primary\",\"role\":\"student\",\"org\":{\"href\":\"https://x.test/orgs/s1\",\"sourcedId\":\"s1\",\"type\":\"org\"}}]}";
            var bytes = Encoding.UTF8.GetBytes(json);
            var expected = Normalized(Deserialize(json, typeof(Rostering.User)));

            Assert.Multiple(() =>
            {
                for (var split = 1; split < bytes.Length; split++)
                {
                    var reader = new System.Text.Json.Utf8JsonReader(TwoBlocks(bytes, split));
                    reader.Read();

                    var accepted = Rostering.User.TryReadUtf8(ref reader, out var user);

                    Assert.That(accepted, Is.True, $"split at {split}");
                    Assert.That(accepted ? Normalized(user!) : null, Is.EqualTo(expected), $"split at {split}");
                }
            });
        }

        private static System.Buffers.ReadOnlySequence<byte> TwoBlocks(byte[] bytes, int split)
        {
            var first = new OneRoster.Http.BufferedBodyContent.BlockSegment(bytes.AsMemory(0, split), 0);
            var second = first.Append(bytes.AsMemory(split));
            return new System.Buffers.ReadOnlySequence<byte>(first, 0, second, second.Memory.Length);
        }

        [Test]
        public void Metadata_with_numbers_flags_and_nulls_reads_as_json_net_reads_it()
        {
            const string json = "{\"metadata\":{\"ext:gpa\":3.10,\"ext:year\":2031,\"ext:negative\":-0.50,\"ext:active\":true,\"ext:none\":null,\"ext:sis\":\"s-1\"}}";

            var (accepted, value) = Utf8Readers.ForType(typeof(Rostering.User))(Encoding.UTF8.GetBytes(json));

            Assert.That(accepted, Is.True);
            var read = ((Rostering.User)value!).Metadata!;
            var expected = ((Rostering.User)Deserialize(json, typeof(Rostering.User))).Metadata!;
            Assert.That(read.Select(e => $"{e.Key}={e.Value?.GetType().Name}:{Convert.ToString(e.Value, CultureInfo.InvariantCulture)}"),
                Is.EqualTo(expected.Select(e => $"{e.Key}={e.Value?.GetType().Name}:{Convert.ToString(e.Value, CultureInfo.InvariantCulture)}")));
            Assert.That(read["ext:gpa"], Is.EqualTo(3.10m).And.Property("Scale").EqualTo(2), "the digits as sent");
        }

        private static object Deserialize(string json, Type type)
        {
            using var text = new JsonTextReader(new StringReader(json));
            return Reference.Deserialize(text, type)!;
        }

        /// <summary>What a record holds, as Json.NET writes it: values, extension data and the kinds of metadata values.</summary>
        private static string Normalized(object record) => JsonConvert.SerializeObject(record, OneRosterJson.Settings) + " " + Kinds(record);

        private static string Kinds(object record)
        {
            var kinds = new StringBuilder();
            foreach (var property in record.GetType().GetProperties())
            {
                var value = property.GetIndexParameters().Length == 0 ? property.GetValue(record) : null;
                switch (value)
                {
                    case IDictionary<string, object> dictionary:
                        kinds.Append(property.Name).Append('{').Append(string.Join(",", dictionary.Select(kv => kv.Key + ":" + kv.Value?.GetType().Name))).Append('}');
                        break;
                    case Uri uri:
                        kinds.Append(property.Name).Append(uri.IsAbsoluteUri ? ":absolute " : ":relative ");
                        break;
                }
            }
            return kinds.ToString();
        }

        /// <summary>Random JSON for a record type, from its Json.NET contract: canonical, or with the variants providers send.</summary>
        private sealed class RecordJson
        {
            private static readonly string[] Texts = { "Ava", "", "O'Brien \"the\" \\ one", "line\nbreak", "é ü 中文", "𝄞 clef", "user-0001234", " spaced " };
            private static readonly string[] Instants = { "2025-08-01T12:30:00.000Z", "2025-08-01T12:30:00Z", "2025-08-01T12:30:00.1234567+02:00", "2024-02-29T23:59:59-05:00" };
            private static readonly string[] OtherInstants = { "2025-08-01", "2025-08-01 12:30:00", "", " ", "yesterday", "2025-08-01T12:30:00" };
            private static readonly string[] Dates = { "2025-08-15", "2024-02-29", "2025-08-15T00:00:00Z", "2026-06-12T08:00:00.000-07:00" };
            private static readonly string[] OtherDates = { "2025-8-5", "", "15/08/2025", "2025-02-30", " " };
            private static readonly string[] Uris = { "https://sis.example.org/ims/oneroster/rostering/v1p2/orgs/school-001", "relative/path", "urn:example:1", "https://a.example/b c" };
            private static readonly string[] OtherUris = { "", "http://[bad" };

            private readonly Random _random;
            private readonly bool _canonical;

            public RecordJson(Random random, bool canonical)
            {
                _random = random;
                _canonical = canonical;
            }

            /// <summary>A record, with the record-level variants: unknown, repeated and differently cased names.</summary>
            public string Record(Type type)
            {
                var json = Object(type, depth: 0);
                var names = json.Properties().Select(p => p.Name).ToList();
                switch (_random.Next(8))
                {
                    case 0:
                        json["ext:unknown"] = "x";
                        break;
                    case 1 when names.Count > 0:
                        var name = names[_random.Next(names.Count)];
                        json.Remove(name);
                        json[char.ToUpperInvariant(name[0]) + name.Substring(1)] = "X";
                        break;
                    case 2 when names.Count > 0:
                        var repeated = names[_random.Next(names.Count)];
                        return json.ToString(Formatting.None).TrimEnd('}') + $",\"{repeated}\":null}}";
                }
                return json.ToString(Formatting.None);
            }

            public JObject Object(Type type, int depth)
            {
                var contract = (JsonObjectContract)Reference.ContractResolver.ResolveContract(type);
                var json = new JObject();
                foreach (var property in contract.Properties.Where(p => !p.Ignored && p.Writable))
                {
                    if (_random.Next(4) == 0)
                    {
                        continue;
                    }
                    json[property.PropertyName!] = _random.Next(12) == 0 ? JValue.CreateNull() : Value(property.PropertyType!, depth);
                }
                return json;
            }

            private JToken Value(Type type, int depth)
            {
                var odd = !_canonical && _random.Next(6) == 0;
                type = Nullable.GetUnderlyingType(type) ?? type;
                if (type == typeof(string))
                {
                    return odd ? Pick<JToken>(12, 1.5m, true, false, new JObject()) : Pick(Texts);
                }
                if (type == typeof(DateTimeOffset))
                {
                    return odd ? Pick(OtherInstants) : Pick(Instants);
                }
                if (type == typeof(DateOnly))
                {
                    return odd ? Pick(OtherDates) : Pick(Dates);
                }
                if (type == typeof(Uri))
                {
                    return odd ? Pick(OtherUris) : Pick(Uris);
                }
                if (type == typeof(float) || type == typeof(double))
                {
                    return odd ? Pick<JToken>("12", new JRaw("1e400"), "x") : new JRaw(Number());
                }
                if (type == typeof(int) || type == typeof(long))
                {
                    return odd ? Pick<JToken>(1.5m, "3", 12345678901234L) : _random.Next(-1000, 100_000);
                }
                if (type == typeof(bool))
                {
                    return odd ? Pick("true", "false") : _random.Next(2) == 0;
                }
                if (typeof(IDictionary<string, object>).IsAssignableFrom(type))
                {
                    var metadata = new JObject();
                    for (var i = _random.Next(4); i > 0; i--)
                    {
                        metadata["ext:k" + _random.Next(6)] = odd ? Pick<JToken>(3.10m, 7, true, new JObject { ["a"] = 1 }, JValue.CreateNull()) : Pick(Texts);
                    }
                    return metadata;
                }
                if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
                {
                    var item = type.GetGenericArguments()[0];
                    if (item == typeof(object))
                    {
                        return odd ? new JArray(1, "a") : JValue.CreateNull();
                    }
                    if (odd && item != typeof(string) && depth < 3)
                    {
                        return _random.Next(2) == 0 ? Object(item, depth + 1) : new JArray(JValue.CreateNull());
                    }
                    var list = new JArray();
                    for (var i = _random.Next(3); i > 0; i--)
                    {
                        list.Add(item == typeof(string) ? Pick(Texts) : depth < 3 ? Object(item, depth + 1) : new JObject());
                    }
                    if (odd)
                    {
                        list.Add(JValue.CreateNull());
                    }
                    return list;
                }
                if (type == typeof(object))
                {
                    return odd ? new JObject { ["free"] = "form" } : JValue.CreateNull();
                }
                if (type.IsClass)
                {
                    return odd ? new JArray() : depth < 3 ? Object(type, depth + 1) : new JObject();
                }
                throw new InvalidOperationException($"No random JSON for {type}: teach the test this property type.");
            }

            private string Number() => _random.Next(4) switch
            {
                0 => _random.Next(0, 101).ToString(CultureInfo.InvariantCulture),
                1 => (_random.NextDouble() * 100).ToString("R", CultureInfo.InvariantCulture),
                2 => ((float)(_random.NextDouble() * 1000)).ToString("R", CultureInfo.InvariantCulture),
                _ => Math.Round(_random.NextDouble() * 100, 2).ToString(CultureInfo.InvariantCulture),
            };

            private JToken Pick(params string[] values) => values[_random.Next(values.Length)];

            private JToken Pick<T>(params T[] values) => JToken.FromObject(values[_random.Next(values.Length)]!);
        }
    }
}
