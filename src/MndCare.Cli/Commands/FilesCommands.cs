using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using MndCare.Application.Access;
using MndCare.Application.Files;
using MndCare.Domain.Identifiers;

namespace MndCare.Cli.Commands;

/// <summary>mndcare files scrub: decrypts every stored file and report and checks its hash (exit code 2 lists the broken ones),
/// and lists or reclaims blobs that no row refers to.</summary>
internal static class FilesCommands
{
    /// <summary>Exit code when a file failed its check.</summary>
    public const int FilesBroken = 2;

    public static Command Create()
    {
        var reclaim = new Option<bool>("--reclaim-orphans")
        {
            Description = "Delete blobs that no file or report refers to and that are older than an hour (left by a crash; unreadable without their row).",
        };
        var scrub = new Command("scrub", "Check every stored file against its key and SHA-256 (Files__StorageRoot, Files__MasterKeyPath); exit code 2 lists the broken ones.")
        {
            reclaim,
        };
        scrub.SetAction((parse, cancellationToken) => MndCareCommand.RunAsync(async () =>
        {
            await using var services = CliHost.Build(MndCareCommand.Overrides(parse), withFileStore: true);
            await using var scope = services.CreateAsyncScope();
            var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
            var actor = Actor.System(RecordId.New(clock).ToString("N"), "cli: files scrub");
            var result = await scope.ServiceProvider.GetRequiredService<FileScrub>().RunAsync(actor, parse.GetValue(reclaim), cancellationToken);
            foreach (var failure in result.Failures)
            {
                Console.WriteLine($"BROKEN {failure.FileId:D} ({failure.Reason})");
            }
            foreach (var orphan in result.OrphanedBlobs)
            {
                Console.WriteLine($"ORPHAN {orphan}");
            }
            Console.WriteLine($"{result.Checked} file(s) checked, {result.Failures.Count} broken.");
            Console.WriteLine($"{result.OrphanedBlobs.Count} orphaned blob(s), {result.Reclaimed} reclaimed.");
            return result.Failures.Count == 0 ? 0 : FilesBroken;
        }));
        var files = new Command("files", "The encrypted file store.");
        files.Add(scrub);
        return files;
    }
}
