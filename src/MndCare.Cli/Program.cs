using MndCare.Cli.Commands;

return await MndCareCommand.Create(TimeProvider.System).Parse(args).InvokeAsync();
