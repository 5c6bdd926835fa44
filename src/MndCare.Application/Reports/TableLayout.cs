using PdfSharp.Drawing;

namespace MndCare.Application.Reports;

/// <summary>Draws a grid of wrapped cells: rows move to the next page whole when they fit on one, otherwise split between lines; the header repeats on every page.</summary>
internal sealed class TableLayout
{
    // A split row leaves at least this many lines on the page it starts on, or starts on the next.
    private const int MinimumSplitLines = 2;

    // Breathing room after a snug label column, so values do not crowd their labels.
    private const double LabelGap = 12;

    private readonly LayoutCursor _cursor;
    private readonly TableStyle _style;
    private readonly IReadOnlyList<string>? _header;
    private readonly IReadOnlyList<IReadOnlyList<string>> _rows;
    private readonly double[] _widths;
    private int _headerPage = -1;

    /// <summary>Lays out a grid over the full body width; column widths follow the cell contents.</summary>
    public TableLayout(LayoutCursor cursor, TableStyle style, IReadOnlyList<string>? header, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        _cursor = cursor;
        _style = style;
        _header = header is { Count: > 0 } ? header : null;
        _rows = rows;
        var columns = Math.Max(_header?.Count ?? 0, rows.Count == 0 ? 0 : rows.Max(r => r.Count));
        _widths = FitColumns(Math.Max(columns, 1));
    }

    /// <summary>The height that must fit below a heading so the heading is not left alone: the header and the first row (its first lines if it must split anyway).</summary>
    public double LeadHeight()
    {
        var header = _header is null ? 0 : RowHeight(Wrap(_header, header: true), 0, int.MaxValue);
        if (_rows.Count == 0)
        {
            return header;
        }
        var first = Wrap(_rows[0], header: false);
        var whole = RowHeight(first, 0, int.MaxValue);
        return header + (header + whole <= _cursor.BodyHeight ? whole : RowHeight(first, 0, MinimumSplitLines));
    }

    /// <summary>Draws the grid at the cursor.</summary>
    public void Draw()
    {
        if (_rows.Count == 0 && _header is not null)
        {
            DrawHeaderIfNeeded();
        }
        foreach (var row in _rows)
        {
            DrawRow(Wrap(row, header: false));
        }
    }

    private void DrawRow(List<string>[] cells)
    {
        var lineCount = Math.Max(1, cells.Max(c => c.Count));
        var next = 0;
        while (next < lineCount)
        {
            var header = HeaderHeightOnThisPage();
            var whole = header + RowHeight(cells, next, int.MaxValue);
            var splitFits = LinesThatFit(_cursor.Remaining - header) >= Math.Min(MinimumSplitLines, lineCount - next);
            if (whole > _cursor.Remaining && !_cursor.AtPageTop && (whole <= _cursor.BodyHeight || !splitFits))
            {
                _cursor.NewPage();
                continue;
            }
            DrawHeaderIfNeeded();
            var take = Math.Min(lineCount - next, Math.Max(1, LinesThatFit(_cursor.Remaining)));
            DrawCells(cells, next, take, _style.BodyFill);
            next += take;
            if (next < lineCount)
            {
                _cursor.NewPage();
            }
        }
    }

    private double HeaderHeightOnThisPage() =>
        _header is null || _headerPage == _cursor.PageCount ? 0 : RowHeight(Wrap(_header, header: true), 0, int.MaxValue);

    private void DrawHeaderIfNeeded()
    {
        if (_header is null || _headerPage == _cursor.PageCount)
        {
            return;
        }
        var cells = Wrap(_header, header: true);
        _cursor.EnsureSpace(RowHeight(cells, 0, int.MaxValue));
        DrawCells(cells, 0, int.MaxValue, _style.HeaderFill, header: true);
        _headerPage = _cursor.PageCount;
    }

    private void DrawCells(List<string>[] cells, int first, int count, XColor? fill, bool header = false)
    {
        var graphics = _cursor.Graphics;
        var height = RowHeight(cells, first, count);
        var x = _cursor.Left;
        var top = _cursor.Y;
        if (fill is { } background)
        {
            graphics.DrawRectangle(new XSolidBrush(background), x, top, _widths.Sum(), height);
        }
        for (var column = 0; column < _widths.Length; column++)
        {
            var style = CellStyle(column, header);
            var lines = cells[column];
            for (var line = first; line < Math.Min(lines.Count, first + count); line++)
            {
                var lineTop = top + _style.Padding + ((line - first) * _style.Body.LineHeight);
                _cursor.Text.Draw(graphics, lines[line], style, x + _style.Padding, lineTop);
            }
            if (_style.Border is { } border)
            {
                graphics.DrawRectangle(new XPen(border, _style.BorderWidth), x, top, _widths[column], height);
            }
            x += _widths[column];
        }
        _cursor.Advance(height);
    }

    private double RowHeight(List<string>[] cells, int first, int count)
    {
        var height = 0.0;
        for (var column = 0; column < cells.Length; column++)
        {
            var lines = Math.Clamp(cells[column].Count - first, 0, count);
            height = Math.Max(height, lines * _style.Body.LineHeight);
        }
        return Math.Max(height, _style.Body.LineHeight) + (2 * _style.Padding);
    }

    private int LinesThatFit(double height) => (int)Math.Floor((height - (2 * _style.Padding)) / _style.Body.LineHeight);

    private List<string>[] Wrap(IReadOnlyList<string> row, bool header)
    {
        var cells = new List<string>[_widths.Length];
        for (var column = 0; column < _widths.Length; column++)
        {
            var text = column < row.Count ? row[column] : string.Empty;
            cells[column] = _cursor.Text.Wrap(text, CellStyle(column, header), _widths[column] - (2 * _style.Padding));
        }
        return cells;
    }

    private TextStyle CellStyle(int column, bool header) =>
        header ? _style.Header : column == 0 && _style.BoldFirstColumn ? _style.Body with { Bold = true } : _style.Body;

    // Columns get their natural width, stretched to fill, when everything fits; otherwise an equal share, and the room short columns leave goes to long ones.
    private double[] FitColumns(int columns)
    {
        var total = _cursor.ContentWidth;
        var natural = new double[columns];
        foreach (var (row, header) in AllRows())
        {
            for (var column = 0; column < Math.Min(columns, row.Count); column++)
            {
                var width = LineBreaker.Clean(row[column]).Split('\n').Max(line => _cursor.Text.Width(line, CellStyle(column, header)));
                natural[column] = Math.Min(total, Math.Max(natural[column], width + (2 * _style.Padding) + 1));
            }
        }
        var minimum = Math.Min(total / columns, (2 * _style.Padding) + 24);
        for (var column = 0; column < columns; column++)
        {
            natural[column] = Math.Max(natural[column], minimum);
        }
        var sum = natural.Sum();
        if (sum + (LabelGap * (columns - 1)) <= total && _style.StretchLastColumn)
        {
            for (var column = 0; column < columns - 1; column++)
            {
                natural[column] += LabelGap;
            }
            natural[^1] += total - sum - (LabelGap * (columns - 1));
            return natural;
        }
        if (sum <= total || columns == 1)
        {
            return [.. natural.Select(width => width * total / sum)];
        }
        var share = total / columns;
        var widths = natural.Select(width => Math.Min(width, share)).ToArray();
        var wanting = natural.Select((width, column) => width - widths[column]).ToArray();
        var spare = total - widths.Sum();
        var wanted = wanting.Sum();
        for (var column = 0; column < columns; column++)
        {
            widths[column] += wanted > 0 ? spare * wanting[column] / wanted : 0;
        }
        return widths;
    }

    private IEnumerable<(IReadOnlyList<string> Row, bool Header)> AllRows()
    {
        if (_header is not null)
        {
            yield return (_header, true);
        }
        foreach (var row in _rows)
        {
            yield return (row, false);
        }
    }
}
