using MndCare.Web;
using MndCare.Web.Infrastructure.Startup;

var builder = WebApplication.CreateBuilder(args);
builder.AddMndCareWeb();

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UseMndCareWeb();
app.MapMndCareEndpoints();
app.PrintBannerWhenStarted();
await app.RunAsync();
