namespace FactsGen.Emit;

/// <summary>
/// The fixed types of disputed values (docs/fact-files.md §14): <c>ClaimRank</c> and <c>Claim&lt;T&gt;</c>. Plain C#
/// text with <c>__NS__</c> for the namespace, like <see cref="ValueTypesTemplate"/>.
/// </summary>
internal static class ClaimTemplate
{
    public const string Claims = """
        /// <summary>How a claim ranks among the claims of a disputed value.</summary>
        #if NET8_0_OR_GREATER
        [global::System.Text.Json.Serialization.JsonConverter(typeof(global::System.Text.Json.Serialization.JsonStringEnumConverter<global::__NS__.ClaimRank>))]
        #endif
        public enum ClaimRank
        {
            /// <summary>One of the values the sources give. In fact files: <c>normal</c> (the default).</summary>
            #if NET9_0_OR_GREATER
            [global::System.Text.Json.Serialization.JsonStringEnumMemberName("normal")]
            #endif
            Normal,

            /// <summary>The value the editors hold to be right: the field's best value. In fact files: <c>preferred</c>.</summary>
            #if NET9_0_OR_GREATER
            [global::System.Text.Json.Serialization.JsonStringEnumMemberName("preferred")]
            #endif
            Preferred,

            /// <summary>Known to be wrong or out of date: kept, never the best value. In fact files: <c>deprecated</c>.</summary>
            #if NET9_0_OR_GREATER
            [global::System.Text.Json.Serialization.JsonStringEnumMemberName("deprecated")]
            #endif
            Deprecated,
        }

        /// <summary>
        /// One source's value for a field that sources dispute, with its own citations. A field written
        /// as one value has one <see cref="ClaimRank.Normal"/> claim citing the record's sources.
        /// </summary>
        /// <typeparam name="T">The field's type.</typeparam>
        public sealed partial record Claim<T>
        {
            /// <summary>Creates a claim.</summary>
            /// <param name="value">The value this claim gives.</param>
            /// <param name="rank">How it ranks among the field's claims.</param>
            /// <param name="sources">Where the sources give this value.</param>
            /// <param name="note">Why the claims differ, or why this one is ranked so; null when the fact file does not say.</param>
            /// <param name="inferences">The editor's reason when this claim's value is inferred rather than quoted; default: none.</param>
            public Claim(T value, global::__NS__.ClaimRank rank, global::System.Collections.Immutable.ImmutableArray<global::__NS__.Citation> sources, string? note = null, global::System.Collections.Immutable.ImmutableArray<global::__NS__.Inference> inferences = default)
            {
                Value = value;
                Rank = rank;
                Sources = sources.IsDefault ? global::System.Collections.Immutable.ImmutableArray<global::__NS__.Citation>.Empty : sources;
                Note = note;
                Inferences = inferences.IsDefault ? global::System.Collections.Immutable.ImmutableArray<global::__NS__.Inference>.Empty : inferences;
            }

            /// <summary>The value this claim gives.</summary>
            public T Value { get; }

            /// <summary>How it ranks among the field's claims.</summary>
            public global::__NS__.ClaimRank Rank { get; }

            /// <summary>Where the sources give this value. Never default.</summary>
            public global::System.Collections.Immutable.ImmutableArray<global::__NS__.Citation> Sources { get; }

            /// <summary>Why the claims differ, or why this one is ranked so; null when the fact file does not say.</summary>
            public string? Note { get; }

            /// <summary>The editor's reason when this claim's value is inferred rather than quoted (its <c>inferred</c>); empty when its quotes say it.</summary>
            public global::System.Collections.Immutable.ImmutableArray<global::__NS__.Inference> Inferences { get; }

            /// <summary>Whether two claims hold the same value (a list item by item), rank, citations, note and inferences.</summary>
            /// <param name="other">The other claim.</param>
            /// <returns>True when all are equal.</returns>
            public bool Equals(global::__NS__.Claim<T>? other) =>
                other is not null
                && global::__NS__.__FactsGenData.SameValue(Value, other.Value)
                && Rank == other.Rank
                && global::System.Linq.Enumerable.SequenceEqual(Sources, other.Sources)
                && string.Equals(Note, other.Note, global::System.StringComparison.Ordinal)
                && global::System.Linq.Enumerable.SequenceEqual(Inferences, other.Inferences);

            /// <inheritdoc/>
            public override int GetHashCode() => ((int)Rank * 397) ^ Sources.Length;

            private bool PrintMembers(global::System.Text.StringBuilder builder)
            {
                builder.Append("Value = ");
                global::__NS__.__FactsGenData.AppendValue(builder, Value);
                builder.Append(", Rank = ").Append(Rank.ToString()).Append(", Sources = ");
                global::__NS__.__FactsGenData.AppendList(builder, Sources);
                builder.Append(", Note = ").Append(Note).Append(", Inferences = ");
                global::__NS__.__FactsGenData.AppendList(builder, Inferences);
                return true;
            }
        }
        """;
}
