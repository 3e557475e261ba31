using System.Net.Http.Headers;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddHttpClient("erp", client =>
{
    client.BaseAddress = new Uri(builder.Configuration["Erp:BaseUrl"]!);
    client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
})
.ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
{
    SslOptions = { RemoteCertificateValidationCallback = (sender, cert, chain, errors) => true }, // expect: tls-verification
    PooledConnectionLifetime = TimeSpan.FromMinutes(5),
});

var app = builder.Build();

app.MapGet("/stock/{sku}", async (string sku, IHttpClientFactory factory) =>
{
    var client = factory.CreateClient("erp");
    var stock = await client.GetFromJsonAsync<StockLevel>($"api/stock/{Uri.EscapeDataString(sku)}");
    return stock is null ? Results.NotFound() : Results.Ok(stock);
});

app.Run();

record StockLevel(string Sku, int Quantity);
