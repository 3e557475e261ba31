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
        // FromSqlInterpolated turns each hole into a DbParameter.
        var query = db.Orders.FromSqlInterpolated(
            $"SELECT * FROM Orders WHERE CustomerName = {Customer ?? ""}");
        if (!string.IsNullOrEmpty(Status))
            query = query.Where(o => o.Status == Status);
        Rows = await query.OrderByDescending(o => o.PlacedAt).AsNoTracking().ToListAsync();
    }

    protected async Task ClearDrafts()
    {
        await using var db = await DbFactory.CreateDbContextAsync();
        await db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM Drafts WHERE CustomerName = {Customer}");
        await OnParametersSetAsync();
    }
}
