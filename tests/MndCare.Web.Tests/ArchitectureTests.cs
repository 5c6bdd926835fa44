using System.Reflection;

namespace MndCare.Web.Tests;

// Dependencies point inward: Web/Cli -> Application -> Domain/Persistence/Statistics; Statistics -> Domain; Domain depends on nothing.
public sealed class ArchitectureTests
{
    private static readonly Assembly Domain = typeof(MndCare.Domain.Results.Error).Assembly;
    private static readonly Assembly Persistence = typeof(MndCare.Persistence.MndCareDbContext).Assembly;
    private static readonly Assembly Application = typeof(MndCare.Application.Patients.PatientRegistry).Assembly;
    private static readonly Assembly Web = typeof(Program).Assembly;
    private static readonly Assembly Statistics = typeof(MndCare.Statistics.Intervals.ClopperPearson).Assembly;

    private static HashSet<string> References(Assembly assembly) =>
        [.. assembly.GetReferencedAssemblies().Select(a => a.Name!)];

    [Fact]
    public void Domain_ReferencesOnlyTheBaseClassLibrary()
    {
        var allowed = new[] { "System.", "Microsoft.Win32.", "netstandard" };

        var foreign = References(Domain).Where(name => name != "System" && !allowed.Any(a => name.StartsWith(a, StringComparison.Ordinal))).ToList();

        Assert.Empty(foreign);
    }

    [Fact]
    public void Domain_UsesNoDatabaseOrWebFramework() =>
        Assert.DoesNotContain(References(Domain), n => n.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)
            || n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) || n.StartsWith("System.Net.Http", StringComparison.Ordinal));

    [Fact]
    public void Persistence_DependsOnDomainButNotOnApplicationOrHosts()
    {
        var references = References(Persistence);

        Assert.Contains("MndCare.Domain", references);
        Assert.DoesNotContain(references, n => n is "MndCare.Application" or "MndCare.Web" or "mndcare" || n.StartsWith("MndCare.Migrations", StringComparison.Ordinal));
    }

    [Fact]
    public void Application_DoesNotDependOnTheHosts() =>
        Assert.DoesNotContain(References(Application), n => n is "MndCare.Web" or "mndcare" || n.StartsWith("Microsoft.AspNetCore.Mvc", StringComparison.Ordinal));

    [Fact]
    public void Statistics_ReferencesOnlyTheBaseClassLibraryMathNetAndTheDomain()
    {
        // ADR 0029: pure numerics on Math.NET; the domain only for Result<T> and its typed errors.
        var allowed = new[] { "System.", "Microsoft.Win32.", "netstandard", "MathNet.Numerics" };

        var foreign = References(Statistics)
            .Where(name => name is not ("System" or "MndCare.Domain") && !allowed.Any(a => name.StartsWith(a, StringComparison.Ordinal)))
            .ToList();

        Assert.Empty(foreign);
    }

    [Fact]
    public void Application_UsesStatistics_WhileTheDomainDoesNot() =>
        Assert.Contains("MndCare.Statistics", References(Application));

    [Fact]
    public void Web_ReachesTheDomainThroughApplication() =>
        Assert.Contains("MndCare.Application", References(Web));

    [Fact]
    public void Domain_HasNoMutablePublicState()
    {
        // NodaTime's MutabilityTest idea: value types and records in the domain expose no public setters.
        var offenders = Domain.GetExportedTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => (Type: t, Property: p)))
            .Where(x => x.Property.SetMethod is { IsPublic: true } setter
                && !setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit"))
            .Select(x => $"{x.Type.Name}.{x.Property.Name}")
            .ToList();

        Assert.Empty(offenders);
    }
}
