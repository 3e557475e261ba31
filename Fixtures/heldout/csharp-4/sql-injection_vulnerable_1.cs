// Pages/Orders.razor.cs: Blazor Server page listing a customer's orders.
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Shop.Data;

namespace Shop.Pages;

public partial class Orders : ComponentBase
{
    [Inject] public IDbContextFactory<ShopContext> DbFactory { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "customer")]
    public string? Customer { get; set; }

    [SupplyParameterFromQuery(Name = "status")]
    public string? Status { get; set; }

    protected List<Order> Rows { get; private set; } = new();

    protected override async Task OnParametersSetAsync()
    {
        await using var db = await DbFactory.CreateDbContextAsync();
        var where = "WHERE 1 = 1";
        if (!string.IsNullOrEmpty(Customer))
            where += $" AND CustomerName = '{Customer}'";
        if (!string.IsNullOrEmpty(Status))
            where += " AND Status = '" + Status + "'";
        Rows = await db.Orders
            .FromSqlRaw("SELECT * FROM Orders " + where + " ORDER BY PlacedAt DESC") // expect: sql-injection
            .AsNoTracking()
            .ToListAsync();
    }

    protected async Task ClearDrafts()
    {
        await using var db = await DbFactory.CreateDbContextAsync();
        await db.Database.ExecuteSqlRawAsync($"DELETE FROM Drafts WHERE CustomerName = '{Customer}'"); // expect: sql-injection
        await OnParametersSetAsync();
    }
}
