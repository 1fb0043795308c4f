using System;

namespace OneRoster.Csv.Mapping
{
    /// <summary>Reports that a cell's text does not map: the rule it breaks and a message.</summary>
    internal delegate void CellProblem(string rule, string message);

    /// <summary>How one column maps to a record type: its binding facts, how to write it, how to read it.</summary>
    internal sealed class ColumnMap<T>
    {
        public ColumnMap(CsvColumn column, Func<T, string?>? write, Action<T, string, CellProblem> read)
        {
            Column = column;
            Write = write;
            Read = read;
        }

        public CsvColumn Column { get; }

        public string Header => Column.Header;

        /// <summary>The cell text for a record (null or empty for no value); null for columns only read (1.1 layouts).</summary>
        public Func<T, string?>? Write { get; }

        /// <summary>Sets the record's property from non-empty cell text, or reports why it cannot.</summary>
        public Action<T, string, CellProblem> Read { get; }
    }
}
