using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using MndCare.Application.Auditing;

namespace MndCare.Cli.Commands;

/// <summary>mndcare audit verify: recomputes the audit hash chain and names the first broken link.</summary>
internal static class AuditCommands
{
    /// <summary>Exit code when the chain is broken.</summary>
    public const int ChainBroken = 2;

    public static Command Create()
    {
        var verify = new Command("verify",
            "Check the audit trail's hash chain against itself and the anchor file (Audit:AnchorPath), then record its head there; " +
            "exit code 2 names the first broken link.");
        verify.SetAction((parse, cancellationToken) => MndCareCommand.RunAsync(async () =>
        {
            await using var services = CliHost.Build(MndCareCommand.Overrides(parse));
            await using var scope = services.CreateAsyncScope();
            var (result, anchor) = await scope.ServiceProvider.GetRequiredService<AuditChainCheck>()
                .VerifyAndAnchorAsync("mndcare audit verify", cancellationToken);
            if (result.IsIntact)
            {
                Console.WriteLine($"Audit chain intact: {result.EventsChecked} event(s) checked.");
                if (anchor is not null)
                {
                    Console.WriteLine($"Head recorded in {scope.ServiceProvider.GetRequiredService<AuditAnchorLog>().FilePath}: event {anchor.Sequence}, hash {anchor.Hash}.");
                }
                return 0;
            }
            Console.WriteLine($"Audit chain BROKEN at event {result.FirstBrokenSequence} (id {result.FirstBrokenId}): {result.Reason}.");
            Console.WriteLine($"{result.EventsChecked} event(s) before it are intact.");
            return ChainBroken;
        }));
        var audit = new Command("audit", "Audit trail.");
        audit.Add(verify);
        return audit;
    }
}
