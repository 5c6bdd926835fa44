namespace MndCare.Cli.Commands;

/// <summary>The file handling the JSON Lines batch commands (`assess`, `grade`) share: open the input and the output (or standard
/// output), run the batch, and turn unreadable or unwritable files and malformed lines into exit code 1 with a message.</summary>
internal static class JsonLinesBatch
{
    /// <summary>Runs <paramref name="batch"/> from <paramref name="inputFile"/> to <paramref name="outputFile"/> (standard output when null);
    /// returns the exit code.</summary>
    public static async Task<int> RunAsync(FileInfo inputFile, FileInfo? outputFile, Func<Stream, Stream, (int Cases, int MalformedLines)> batch)
    {
        if (!inputFile.Exists)
        {
            await Console.Error.WriteLineAsync($"error: cannot read {inputFile.FullName}");
            return 1;
        }
        Stream source;
        try
        {
            source = inputFile.OpenRead();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"error: cannot read {inputFile.FullName}: {e.Message}");
            return 1;
        }
        await using (source)
        {
            Stream target;
            try
            {
                target = outputFile is null ? Console.OpenStandardOutput() : outputFile.Create();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await Console.Error.WriteLineAsync($"error: cannot write {outputFile!.FullName}: {e.Message}");
                return 1;
            }
            await using (target)
            {
                var (cases, malformed) = batch(source, target);
                if (malformed > 0)
                {
                    await Console.Error.WriteLineAsync($"{malformed} of {cases} line(s) were not JSON objects.");
                    return 1;
                }
                return 0;
            }
        }
    }
}
