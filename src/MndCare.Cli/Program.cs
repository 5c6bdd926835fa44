using MndCare.Cli.Commands;

return await MndCareCommand.Create().Parse(args).InvokeAsync();
