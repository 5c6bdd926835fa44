namespace MndCare.Domain.Tcm;

/// <summary>Reads the catalogue files embedded in the domain assembly.</summary>
internal static class ShippedData
{
    /// <summary>The data rows of an embedded comma-separated file, header skipped, each split into its cells.</summary>
    /// <param name="resource">The file name after the <c>MndCare.Domain.Tcm.</c> prefix.</param>
    /// <param name="columns">The number of cells every row must have.</param>
    public static IReadOnlyList<string[]> Rows(string resource, int columns)
    {
        var text = Text(resource);
        var rows = new List<string[]>();
        foreach (var line in text.Split('\n').Skip(1))
        {
            var trimmed = line.TrimEnd('\r');
            if (trimmed.Length == 0)
            {
                continue;
            }
            var cells = trimmed.Split(',');
            // The shipped files have no quoted cells; a row of another width is a broken build, not user input.
            if (cells.Length != columns)
            {
                throw new InvalidOperationException($"{resource}: row '{trimmed}' has {cells.Length} cells, not {columns}.");
            }
            rows.Add(cells);
        }
        return rows;
    }

    /// <summary>The whole text of an embedded file.</summary>
    /// <param name="resource">The file name after the <c>MndCare.Domain.Tcm.</c> prefix.</param>
    public static string Text(string resource)
    {
        using var stream = typeof(ShippedData).Assembly.GetManifestResourceStream("MndCare.Domain.Tcm." + resource)
            ?? throw new InvalidOperationException($"The embedded resource {resource} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
