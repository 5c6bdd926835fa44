using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using MndCare.Domain.Auditing;

namespace MndCare.Application.Auditing;

/// <summary>The anchor file: one JSON object per line, only ever appended to and flushed to disk.</summary>
public sealed class AuditAnchorLog(IOptions<AuditAnchorOptions> options)
{
    // One writer at a time in this process; appends from other processes are single small O_APPEND writes.
    private static readonly SemaphoreSlim Writer = new(1, 1);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The anchor file's full path.</summary>
    public string FilePath => options.Value.AnchorPath;

    /// <summary>Every anchor recorded so far (none when the file does not exist yet), or the line that is not an anchor.</summary>
    public async Task<(IReadOnlyList<AuditAnchor> Anchors, string? Problem)> ReadAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(FilePath))
        {
            return ([], null);
        }
        var anchors = new List<AuditAnchor>();
        var number = 0;
        foreach (var line in await File.ReadAllLinesAsync(FilePath, Encoding.UTF8, cancellationToken))
        {
            number++;
            if (line.Length == 0)
            {
                continue;
            }
            var anchor = Parse(line);
            if (anchor is null)
            {
                return (anchors, $"line {number} of the anchor file {FilePath} is not an anchor");
            }
            anchors.Add(anchor);
        }
        return (anchors, null);
    }

    /// <summary>Appends <paramref name="anchor"/> as one line and flushes it to disk.</summary>
    public async Task AppendAsync(AuditAnchor anchor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(anchor);
        var line = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(anchor, Json) + "\n");
        await Writer.WaitAsync(cancellationToken);
        try
        {
            var directory = Path.GetDirectoryName(FilePath)!;
            Directory.CreateDirectory(directory);
            var created = !File.Exists(FilePath);
            await using (var stream = new FileStream(FilePath, FileMode.Append, FileAccess.Write, FileShare.ReadWrite))
            {
                await stream.WriteAsync(line, cancellationToken);
                stream.Flush(flushToDisk: true);
            }
            if (created)
            {
                Files.DirectorySync.Flush(directory);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"The audit anchor file {FilePath} could not be written ({e.Message}); check Audit:AnchorPath.", e);
        }
        finally
        {
            Writer.Release();
        }
    }

    private static AuditAnchor? Parse(string line)
    {
        try
        {
            return JsonSerializer.Deserialize<AuditAnchor>(line, Json) is { Sequence: > 0, Hash.Length: 64, Source: not null } anchor ? anchor : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
