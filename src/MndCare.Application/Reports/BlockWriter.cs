namespace MndCare.Application.Reports;

/// <summary>Writes the title, meta block, sections and signature of a report at the layout cursor.</summary>
internal sealed class BlockWriter(LayoutCursor cursor)
{
    // Start a paragraph or list item only if this many of its lines fit; a single orphan line looks like a layout error.
    private const int OrphanLines = 2;

    private Typesetter Text => cursor.Text;

    /// <summary>Writes the report title.</summary>
    public void Title(string title)
    {
        cursor.Lines(Text.Wrap(title, ReportTheme.Title, cursor.ContentWidth), ReportTheme.Title);
        cursor.Gap(ReportTheme.HeadingGap);
    }

    /// <summary>Writes the label: value lines under the title and a rule below them.</summary>
    public void Meta(IReadOnlyList<ReportMetaLine> meta)
    {
        if (meta.Count > 0)
        {
            var rows = meta.Select(line => (IReadOnlyList<string>)[line.Label, line.Value]).ToList();
            new TableLayout(cursor, ReportTheme.Meta, null, rows).Draw();
        }
        cursor.Gap(4);
        cursor.Rule(ReportTheme.Line, 0.75);
        cursor.Gap(ReportTheme.BlockGap);
    }

    /// <summary>Writes a section, keeping its heading on the same page as the start of its first block.</summary>
    public void Section(ReportSection section)
    {
        cursor.Gap(ReportTheme.SectionGap);
        var heading = Text.Wrap(section.Heading, ReportTheme.Heading, cursor.ContentWidth);
        var headingHeight = (heading.Count * ReportTheme.Heading.LineHeight) + ReportTheme.HeadingGap;
        var lead = section.Blocks.Count > 0 ? LeadHeight(section.Blocks[0]) : 0;
        cursor.EnsureSpace(Math.Min(headingHeight + lead, cursor.BodyHeight));
        cursor.Lines(heading, ReportTheme.Heading);
        cursor.Gap(ReportTheme.HeadingGap);
        foreach (var block in section.Blocks)
        {
            Write(block);
            cursor.Gap(ReportTheme.BlockGap);
        }
    }

    /// <summary>Writes the signature sentence and the optional supersedes note, kept together below a rule.</summary>
    public void Signature(string sentence, string? supersedesNote)
    {
        var lines = Text.Wrap(sentence, ReportTheme.Body, cursor.ContentWidth);
        var note = string.IsNullOrWhiteSpace(supersedesNote) ? [] : Text.Wrap(supersedesNote, ReportTheme.Footer with { Size = 9 }, cursor.ContentWidth);
        var height = 10 + (lines.Count * ReportTheme.Body.LineHeight) + (note.Count * 9 * TextStyle.LineSpacing);
        cursor.Gap(ReportTheme.SectionGap);
        cursor.EnsureSpace(Math.Min(height, cursor.BodyHeight));
        cursor.Rule(ReportTheme.Line, 0.75);
        cursor.Advance(10);
        cursor.Lines(lines, ReportTheme.Body);
        cursor.Lines(note, ReportTheme.Footer with { Size = 9 });
    }

    private void Write(ReportBlock block)
    {
        switch (block)
        {
            case ReportParagraph paragraph:
                Paragraph(paragraph);
                break;
            case ReportKeyValues keyValues:
                KeyValueTable(keyValues).Draw();
                break;
            case ReportList list:
                List(list);
                break;
            case ReportTable table:
                new TableLayout(cursor, ReportTheme.Grid, table.Headers, table.Rows).Draw();
                break;
            case ReportNotice notice:
                NoticeBox(notice).Draw();
                break;
            case ReportImage image:
                new ImageLayout(cursor, image).Draw();
                break;
            default:
                throw new NotSupportedException($"The PDF renderer does not know the report block {block.GetType().Name}.");
        }
    }

    private double LeadHeight(ReportBlock block) => block switch
    {
        ReportParagraph paragraph => FirstLines(Text.Wrap(paragraph.Text, ParagraphStyle(paragraph), cursor.ContentWidth).Count, ParagraphStyle(paragraph)),
        ReportKeyValues keyValues => KeyValueTable(keyValues).LeadHeight(),
        ReportList { Items.Count: > 0 } list => FirstLines(Text.Wrap(list.Items[0], ReportTheme.Body, ListTextWidth).Count, ReportTheme.Body),
        ReportTable table => new TableLayout(cursor, ReportTheme.Grid, table.Headers, table.Rows).LeadHeight(),
        ReportNotice notice => NoticeBox(notice).LeadHeight(),
        ReportImage image => new ImageLayout(cursor, image).Height,
        _ => 0,
    };

    private void Paragraph(ReportParagraph paragraph)
    {
        var style = ParagraphStyle(paragraph);
        var lines = Text.Wrap(paragraph.Text, style, cursor.ContentWidth);
        cursor.EnsureSpace(FirstLines(lines.Count, style));
        cursor.Lines(lines, style);
    }

    private void List(ReportList list)
    {
        foreach (var item in list.Items)
        {
            var lines = Text.Wrap(item, ReportTheme.Body, ListTextWidth);
            cursor.EnsureSpace(FirstLines(lines.Count, ReportTheme.Body));
            Text.Draw(cursor.Graphics, ReportTheme.Bullet, ReportTheme.Body, cursor.Left + 3, cursor.Y);
            cursor.Lines(lines, ReportTheme.Body, ReportTheme.ListIndent);
            cursor.Gap(ReportTheme.ItemGap);
        }
    }

    private TableLayout KeyValueTable(ReportKeyValues keyValues) =>
        new(cursor, ReportTheme.KeyValues, null, [.. keyValues.Items.Select(item => (IReadOnlyList<string>)[item.Label, item.Value])]);

    private TableLayout NoticeBox(ReportNotice notice) => new(cursor, ReportTheme.Notice, null, [[notice.Text]]);

    private double ListTextWidth => cursor.ContentWidth - ReportTheme.ListIndent;

    private static TextStyle ParagraphStyle(ReportParagraph paragraph) => paragraph.Emphasis ? ReportTheme.Body with { Bold = true } : ReportTheme.Body;

    private static double FirstLines(int lineCount, TextStyle style) => Math.Min(lineCount, OrphanLines) * style.LineHeight;
}
