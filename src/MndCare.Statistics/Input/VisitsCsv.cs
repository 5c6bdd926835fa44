using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using MndCare.Domain.Results;
using MndCare.Statistics.Mixed;

namespace MndCare.Statistics.Input;

/// <summary>Reads the visits CSV of <c>mndcare analyze lmm</c>: header <c>patient_id,months,post_months,alsfrsr_total</c>
/// (post_months optional, extra columns ignored, any order), rows in any order.</summary>
/// <remarks>A row whose patient_id is empty or <c>NA</c>, or whose months, alsfrsr_total (or post_months, when the column
/// exists) is not a finite number, is skipped and counted; blank lines are not rows (as R's read.csv). Patients are
/// numbered in order of their first usable row. statistics-contract.md; docs/statistics/lmm.md.</remarks>
public static class VisitsCsv
{
    /// <summary>The patient column.</summary>
    public const string PatientIdColumn = "patient_id";

    /// <summary>The time column: months since the time origin.</summary>
    public const string MonthsColumn = "months";

    /// <summary>The optional column: months since the start of a treatment course, 0 before it.</summary>
    public const string PostMonthsColumn = "post_months";

    /// <summary>The response column.</summary>
    public const string ScoreColumn = "alsfrsr_total";

    /// <summary>The error code when the text has no header line.</summary>
    public const string MissingHeader = "missingHeader";

    /// <summary>The error code when a required column is not in the header.</summary>
    public const string MissingColumn = "missingColumn";

    private static readonly byte[] NotAvailable = "NA"u8.ToArray();

    /// <summary>Parses the whole file's bytes (UTF-8, with or without a byte-order mark).</summary>
    /// <param name="utf8">The file's content.</param>
    /// <returns>The usable observations and the count of skipped rows, or <see cref="MissingHeader"/> / <see cref="MissingColumn"/>.</returns>
    public static Result<VisitsTable> Parse(ReadOnlySpan<byte> utf8)
    {
        var fields = new CsvFields(utf8);
        var header = ReadHeader(ref fields);
        if (header.Count == 0 || header is [""])
        {
            return new ValidationError("header", MissingHeader, $"The file has no header line; it must start with {PatientIdColumn},{MonthsColumn},{ScoreColumn}.");
        }
        var missing = new[] { PatientIdColumn, MonthsColumn, ScoreColumn }.Where(c => !header.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            return new ValidationError("header", MissingColumn,
                $"The header lacks the column{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing)}; it has {string.Join(", ", header)}.");
        }
        var columns = new ColumnIndex(header.IndexOf(PatientIdColumn), header.IndexOf(MonthsColumn), header.IndexOf(PostMonthsColumn), header.IndexOf(ScoreColumn));
        return ReadRows(ref fields, columns, utf8.Length);
    }

    private static List<string> ReadHeader(ref CsvFields fields)
    {
        var header = new List<string>();
        var last = fields.AtEnd;
        while (!last)
        {
            header.Add(Encoding.UTF8.GetString(fields.Next(out last)).Trim());
        }
        return header;
    }

    // Fully optimised from the first call: it runs once, on every row.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static VisitsTable ReadRows(ref CsvFields fields, ColumnIndex columns, int byteCount)
    {
        var capacity = byteCount / 16;
        var rows = new Columns(capacity, columns.PostMonths >= 0);
        var groups = new Dictionary<byte[], int>(ByteSequenceComparer.Instance);
        var lookup = groups.GetAlternateLookup<ReadOnlySpan<byte>>();
        var ids = new List<string>();
        var lastId = Array.Empty<byte>();
        var lastGroup = -1;
        var skipped = 0;
        var lastColumn = columns.Last;
        while (!fields.AtEnd)
        {
            ReadOnlySpan<byte> id = default;
            double months = double.NaN, post = 0, score = double.NaN;
            var usable = true;
            var column = 0;
            var endOfRecord = false;
            for (; column <= lastColumn && !endOfRecord; column++)
            {
                var field = fields.Next(out endOfRecord);
                if (column == columns.PatientId)
                {
                    id = field;
                    usable &= !field.IsEmpty && !field.SequenceEqual(NotAvailable);
                }
                else if (column == columns.Months)
                {
                    usable &= CsvNumbers.TryParse(field, out months);
                }
                else if (column == columns.PostMonths)
                {
                    usable &= CsvNumbers.TryParse(field, out post);
                }
                else if (column == columns.Score)
                {
                    usable &= CsvNumbers.TryParse(field, out score);
                }
                if (endOfRecord && column == 0 && field.IsEmpty)
                {
                    column = -1;  // A blank line is not a row.
                    break;
                }
            }
            if (column < 0)
            {
                continue;
            }
            if (!endOfRecord)
            {
                fields.SkipRecord();
            }
            if (!usable || column <= lastColumn)
            {
                skipped++;
                continue;
            }
            if (!id.SequenceEqual(lastId))
            {
                // Rows usually come patient by patient: the dictionary is asked only when the patient changes.
                if (!lookup.TryGetValue(id, out lastId!, out lastGroup))
                {
                    lastGroup = ids.Count;
                    lastId = id.ToArray();
                    groups.Add(lastId, lastGroup);
                    ids.Add(Encoding.UTF8.GetString(id));
                }
            }
            rows.Add(lastGroup, months, post, score);
        }
        return new VisitsTable(rows.ToData(ids.Count), skipped, ids);
    }

    /// <summary>Compares byte strings by content, and looks them up by a span, so a CSV field finds its key without a copy.</summary>
    private sealed class ByteSequenceComparer : IEqualityComparer<byte[]>, IAlternateEqualityComparer<ReadOnlySpan<byte>, byte[]>
    {
        public static readonly ByteSequenceComparer Instance = new();

        public bool Equals(byte[]? x, byte[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(byte[] obj) => GetHashCode(obj.AsSpan());

        public bool Equals(ReadOnlySpan<byte> alternate, byte[] other) => alternate.SequenceEqual(other);

        public int GetHashCode(ReadOnlySpan<byte> alternate)
        {
            var hash = new HashCode();
            hash.AddBytes(alternate);
            return hash.ToHashCode();
        }

        public byte[] Create(ReadOnlySpan<byte> alternate) => alternate.ToArray();
    }

    private sealed record ColumnIndex(int PatientId, int Months, int PostMonths, int Score)
    {
        public int Last => Math.Max(Math.Max(PatientId, Months), Math.Max(PostMonths, Score));
    }

    private sealed class Columns(int capacity, bool withPostMonths)
    {
        private readonly List<int> _group = new(capacity);
        private readonly List<double> _months = new(capacity);
        private readonly List<double>? _post = withPostMonths ? new(capacity) : null;
        private readonly List<double> _score = new(capacity);

        public void Add(int group, double months, double post, double score)
        {
            _group.Add(group);
            _months.Add(months);
            _post?.Add(post);
            _score.Add(score);
        }

        public TrajectoryData ToData(int groupCount) =>
            new([.. CollectionsMarshal.AsSpan(_group)], [.. CollectionsMarshal.AsSpan(_months)],
                _post is null ? null : [.. CollectionsMarshal.AsSpan(_post)], [.. CollectionsMarshal.AsSpan(_score)], groupCount);
    }
}

/// <summary>The usable observations of a visits CSV.</summary>
/// <param name="Data">The observations, patients numbered in order of first appearance.</param>
/// <param name="SkippedRows">Rows skipped for a missing or non-numeric value.</param>
/// <param name="PatientIds">The patient_id of each group number.</param>
public sealed record VisitsTable(TrajectoryData Data, int SkippedRows, IReadOnlyList<string> PatientIds);
