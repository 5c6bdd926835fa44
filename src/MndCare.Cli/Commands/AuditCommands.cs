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
        var verify = new Command("verify", "Check the audit trail's hash chain; exit code 2 names the first broken link.");
        verify.SetAction((parse, cancellationToken) => MndCareCommand.RunAsync(async () =>
        {
            await using var services = CliHost.Build(MndCareCommand.Overrides(parse));
            await using var scope = services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<AuditQueries>().VerifyAsync(cancellationToken);
            if (result.IsIntact)
            {
                Console.WriteLine($"Audit chain intact: {result.EventsChecked} event(s) checked.");
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
