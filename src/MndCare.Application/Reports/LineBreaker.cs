using System.Globalization;
using System.Text;

namespace MndCare.Application.Reports;

/// <summary>Greedy line breaking for mixed Latin and CJK text: breaks at spaces, between CJK characters, and inside a word only when the word alone is too wide.</summary>
internal static class LineBreaker
{
    // Never at the start of a line (closing punctuation), or never at the end of one (opening punctuation).
    private const string NoBreakBefore = ",.;:!?)]}%\u2019\u201D\u2026\u3001\u3002\u3009\u300B\u300D\u300F\u3011\u3015\u3017\u3019\u301B\u30FC\uFF01\uFF09\uFF0C\uFF0E\uFF1A\uFF1B\uFF1F\uFF3D\uFF5D\uFF5E";
    private const string NoBreakAfter = "([{\u2018\u201C\u3008\u300A\u300C\u300E\u3010\u3014\u3016\u3018\u301A\uFF08\uFF3B\uFF5B";

    /// <summary>Breaks text into lines no wider than <paramref name="maxWidth"/>; newlines in the text are kept as line breaks.</summary>
    public static List<string> Break(string text, double maxWidth, Func<string, double> measure)
    {
        var lines = new List<string>();
        foreach (var hardLine in Clean(text).Split('\n'))
        {
            BreakHardLine(hardLine, maxWidth, measure, lines);
        }
        return lines;
    }

    /// <summary>Normalises line ends and tabs and drops other control characters, which no font can draw.</summary>
    public static string Clean(string? text)
    {
        var builder = new StringBuilder((text ?? string.Empty).Length);
        foreach (var rune in (text ?? string.Empty).ReplaceLineEndings("\n").EnumerateRunes())
        {
            if (rune.Value is '\n')
            {
                builder.Append('\n');
            }
            else if (rune.Value is '\t')
            {
                builder.Append(' ');
            }
            else if (!Rune.IsControl(rune))
            {
                builder.Append(rune.ToString());
            }
        }
        return builder.ToString();
    }

    private static void BreakHardLine(string text, double maxWidth, Func<string, double> measure, List<string> lines)
    {
        var spaceWidth = measure(" ");
        var line = new StringBuilder();
        var lineWidth = 0.0;
        var pendingSpace = false;
        var addedAny = false;
        foreach (var (segment, isSpace) in Segments(text))
        {
            if (isSpace)
            {
                pendingSpace = line.Length > 0;
                continue;
            }
            var width = measure(segment);
            var gap = pendingSpace ? spaceWidth : 0;
            if (line.Length > 0 && lineWidth + gap + width <= maxWidth)
            {
                line.Append(pendingSpace ? " " : string.Empty).Append(segment);
                lineWidth += gap + width;
            }
            else
            {
                if (line.Length > 0)
                {
                    lines.Add(line.ToString());
                    addedAny = true;
                    line.Clear();
                    lineWidth = 0;
                }
                if (width <= maxWidth)
                {
                    line.Append(segment);
                    lineWidth = width;
                }
                else
                {
                    lineWidth = SplitOversized(segment, maxWidth, measure, line, lines);
                    addedAny = true;
                }
            }
            pendingSpace = false;
        }
        if (line.Length > 0 || !addedAny)
        {
            lines.Add(line.ToString());
        }
    }

    // A token wider than the line (a long identifier or URL) is cut between text elements; the rest stays open.
    private static double SplitOversized(string segment, double maxWidth, Func<string, double> measure, StringBuilder line, List<string> lines)
    {
        var lineWidth = 0.0;
        var elements = StringInfo.GetTextElementEnumerator(segment);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            var width = measure(element);
            if (line.Length > 0 && lineWidth + width > maxWidth)
            {
                lines.Add(line.ToString());
                line.Clear();
                lineWidth = 0;
            }
            line.Append(element);
            lineWidth += width;
        }
        return lineWidth;
    }

    // Units that must stay together: a Latin word, one CJK character (with any punctuation glued to it), or a space.
    private static List<(string Text, bool IsSpace)> Segments(string text)
    {
        var segments = new List<(string Text, bool IsSpace)>();
        var current = new StringBuilder();
        var currentIsSpace = false;
        var endsCjk = false;
        var openPending = false;
        foreach (var rune in text.EnumerateRunes())
        {
            var cjk = Scripts.IsCjk(rune);
            var isSpace = !cjk && Rune.IsWhiteSpace(rune);
            var glue = current.Length > 0 && !currentIsSpace && !isSpace
                && (openPending || Scripts.IsMark(rune) || Contains(NoBreakBefore, rune) || (!cjk && !endsCjk));
            var sameSpaceRun = current.Length > 0 && currentIsSpace && isSpace;
            if (!glue && !sameSpaceRun && current.Length > 0)
            {
                segments.Add((current.ToString(), currentIsSpace));
                current.Clear();
            }
            if (isSpace)
            {
                current.Clear().Append(' ');
            }
            else
            {
                current.Append(rune.ToString());
                endsCjk = Scripts.IsMark(rune) ? endsCjk : cjk;
                openPending = Contains(NoBreakAfter, rune);
            }
            currentIsSpace = isSpace;
        }
        if (current.Length > 0)
        {
            segments.Add((current.ToString(), currentIsSpace));
        }
        return segments;
    }

    private static bool Contains(string set, Rune rune) => rune.IsBmp && set.Contains((char)rune.Value, StringComparison.Ordinal);
}
