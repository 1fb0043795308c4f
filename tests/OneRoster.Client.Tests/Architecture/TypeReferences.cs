using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace OneRoster.Tests.Architecture
{
    /// <summary>
    /// Which of an assembly's own types each of its types uses — in signatures, fields, base types, generic
    /// arguments and method bodies (every IL token) — read from the compiled assembly with System.Reflection.Metadata.
    /// Nested and compiler-generated types (lambdas, async state machines) count as their outermost declaring type.
    /// </summary>
    internal static class TypeReferences
    {
        private static readonly Dictionary<short, OperandType> Operands = typeof(OpCodes)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (OpCode)f.GetValue(null)!)
            .ToDictionary(o => o.Value, o => o.OperandType);

        /// <summary>Every (user, used) pair of top-level type names (namespace-qualified), user ≠ used.</summary>
        public static IReadOnlySet<(string User, string Used)> Read(string assemblyPath)
        {
            using var stream = File.OpenRead(assemblyPath);
            using var pe = new PEReader(stream);
            var md = pe.GetMetadataReader();
            var result = new HashSet<(string, string)>();
            var provider = new Collector(md);
            foreach (var handle in md.TypeDefinitions)
            {
                var type = md.GetTypeDefinition(handle);
                var user = OwnerName(md, handle);
                var used = new HashSet<TypeDefinitionHandle>();
                void Add(EntityHandle h) => Resolve(md, h, used, provider);
                if (!type.BaseType.IsNil)
                {
                    Add(type.BaseType);
                }
                foreach (var i in type.GetInterfaceImplementations())
                {
                    Add(md.GetInterfaceImplementation(i).Interface);
                }
                foreach (var f in type.GetFields())
                {
                    used.UnionWith(md.GetFieldDefinition(f).DecodeSignature(provider, null));
                }
                foreach (var m in type.GetMethods())
                {
                    var method = md.GetMethodDefinition(m);
                    var signature = method.DecodeSignature(provider, null);
                    used.UnionWith(signature.ReturnType);
                    foreach (var p in signature.ParameterTypes)
                    {
                        used.UnionWith(p);
                    }
                    if (method.RelativeVirtualAddress != 0)
                    {
                        var body = pe.GetMethodBody(method.RelativeVirtualAddress);
                        foreach (var token in Tokens(body.GetILBytes()!))
                        {
                            Add(MetadataTokens.EntityHandle(token));
                        }
                        if (!body.LocalSignature.IsNil)
                        {
                            foreach (var local in md.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(provider, null))
                            {
                                used.UnionWith(local);
                            }
                        }
                    }
                }
                foreach (var target in used)
                {
                    var name = OwnerName(md, target);
                    if (name != user)
                    {
                        result.Add((user, name));
                    }
                }
            }
            return result;
        }

        /// <summary>The namespace-qualified name of the outermost type declaring <paramref name="handle"/>.</summary>
        private static string OwnerName(MetadataReader md, TypeDefinitionHandle handle)
        {
            var type = md.GetTypeDefinition(handle);
            while (type.IsNested)
            {
                handle = type.GetDeclaringType();
                type = md.GetTypeDefinition(handle);
            }
            var ns = md.GetString(type.Namespace);
            var name = md.GetString(type.Name);
            return ns.Length == 0 ? name : ns + "." + name;
        }

        private static void Resolve(MetadataReader md, EntityHandle handle, HashSet<TypeDefinitionHandle> used, Collector provider)
        {
            switch (handle.Kind)
            {
                case HandleKind.TypeDefinition:
                    used.Add((TypeDefinitionHandle)handle);
                    break;
                case HandleKind.TypeSpecification:
                    used.UnionWith(md.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(provider, null));
                    break;
                case HandleKind.MethodDefinition:
                    used.Add(md.GetMethodDefinition((MethodDefinitionHandle)handle).GetDeclaringType());
                    break;
                case HandleKind.FieldDefinition:
                    used.Add(md.GetFieldDefinition((FieldDefinitionHandle)handle).GetDeclaringType());
                    break;
                case HandleKind.MemberReference:
                    var member = md.GetMemberReference((MemberReferenceHandle)handle);
                    Resolve(md, member.Parent, used, provider);
                    if (member.GetKind() == MemberReferenceKind.Method)
                    {
                        var signature = member.DecodeMethodSignature(provider, null);
                        used.UnionWith(signature.ReturnType);
                        foreach (var p in signature.ParameterTypes)
                        {
                            used.UnionWith(p);
                        }
                    }
                    else
                    {
                        used.UnionWith(member.DecodeFieldSignature(provider, null));
                    }
                    break;
                case HandleKind.MethodSpecification:
                    var spec = md.GetMethodSpecification((MethodSpecificationHandle)handle);
                    Resolve(md, spec.Method, used, provider);
                    foreach (var argument in spec.DecodeSignature(provider, null))
                    {
                        used.UnionWith(argument);
                    }
                    break;
            }
        }

        /// <summary>The metadata tokens of a method body's IL (calls, field accesses, type operands, ldtoken).</summary>
        private static IEnumerable<int> Tokens(byte[] il)
        {
            var i = 0;
            while (i < il.Length)
            {
                short value = il[i++];
                if (value == 0xFE)
                {
                    value = unchecked((short)(0xFE00 | il[i++]));
                }
                switch (Operands[value])
                {
                    case OperandType.InlineNone:
                        break;
                    case OperandType.ShortInlineBrTarget:
                    case OperandType.ShortInlineI:
                    case OperandType.ShortInlineVar:
                        i += 1;
                        break;
                    case OperandType.InlineVar:
                        i += 2;
                        break;
                    case OperandType.InlineI8:
                    case OperandType.InlineR:
                        i += 8;
                        break;
                    case OperandType.InlineSwitch:
                        var count = BitConverter.ToInt32(il, i);
                        i += 4 + (4 * count);
                        break;
                    case OperandType.InlineField:
                    case OperandType.InlineMethod:
                    case OperandType.InlineTok:
                    case OperandType.InlineType:
                        yield return BitConverter.ToInt32(il, i);
                        i += 4;
                        break;
                    default:
                        // InlineBrTarget, InlineI, InlineSig, InlineString, ShortInlineR: four bytes, no type in them.
                        i += 4;
                        break;
                }
            }
        }

        /// <summary>Decodes signatures into the assembly's own types they mention.</summary>
        private sealed class Collector : ISignatureTypeProvider<ImmutableArray<TypeDefinitionHandle>, object?>
        {
            private static readonly ImmutableArray<TypeDefinitionHandle> None = ImmutableArray<TypeDefinitionHandle>.Empty;
            private readonly MetadataReader _md;

            public Collector(MetadataReader md) => _md = md;

            public ImmutableArray<TypeDefinitionHandle> GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => ImmutableArray.Create(handle);

            public ImmutableArray<TypeDefinitionHandle> GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => None;

            public ImmutableArray<TypeDefinitionHandle> GetTypeFromSpecification(MetadataReader reader, object? context, TypeSpecificationHandle handle, byte rawTypeKind) =>
                _md.GetTypeSpecification(handle).DecodeSignature(this, context);

            public ImmutableArray<TypeDefinitionHandle> GetGenericInstantiation(ImmutableArray<TypeDefinitionHandle> genericType, ImmutableArray<ImmutableArray<TypeDefinitionHandle>> typeArguments) =>
                typeArguments.Aggregate(genericType, (all, a) => all.AddRange(a));

            public ImmutableArray<TypeDefinitionHandle> GetArrayType(ImmutableArray<TypeDefinitionHandle> elementType, ArrayShape shape) => elementType;

            public ImmutableArray<TypeDefinitionHandle> GetSZArrayType(ImmutableArray<TypeDefinitionHandle> elementType) => elementType;

            public ImmutableArray<TypeDefinitionHandle> GetByReferenceType(ImmutableArray<TypeDefinitionHandle> elementType) => elementType;

            public ImmutableArray<TypeDefinitionHandle> GetPointerType(ImmutableArray<TypeDefinitionHandle> elementType) => elementType;

            public ImmutableArray<TypeDefinitionHandle> GetPinnedType(ImmutableArray<TypeDefinitionHandle> elementType) => elementType;

            public ImmutableArray<TypeDefinitionHandle> GetModifiedType(ImmutableArray<TypeDefinitionHandle> modifier, ImmutableArray<TypeDefinitionHandle> unmodifiedType, bool isRequired) => unmodifiedType;

            public ImmutableArray<TypeDefinitionHandle> GetFunctionPointerType(MethodSignature<ImmutableArray<TypeDefinitionHandle>> signature) => None;

            public ImmutableArray<TypeDefinitionHandle> GetGenericMethodParameter(object? context, int index) => None;

            public ImmutableArray<TypeDefinitionHandle> GetGenericTypeParameter(object? context, int index) => None;

            public ImmutableArray<TypeDefinitionHandle> GetPrimitiveType(PrimitiveTypeCode typeCode) => None;
        }
    }
}
