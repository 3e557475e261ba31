using Microsoft.EntityFrameworkCore;

namespace Shop.Data;

public class Shipment
{
    public int Id { get; set; }
    public int? Quantity { get; set; }
    public DateTime? ShippedAt { get; set; }
    public decimal? Insurance { get; set; }
    public string? Carrier { get; set; }
}

public sealed class ShipmentService
{
    private readonly ShopContext _db;

    public ShipmentService(ShopContext db) => _db = db;

    public async Task<string> StatusAsync(int id)
    {
        var s = await _db.Set<Shipment>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id);
        if (s is null)
            return "unknown";
        if (s.ShippedAt == null)
            return "waiting for pickup";
        var insured = s.Insurance != null ? $" (insured {s.Insurance:C})" : "";
        var carrier = s.Carrier != null ? " via " + s.Carrier : "";
        return $"shipped {s.ShippedAt.Value:d}{carrier}{insured}";
    }

    public async Task<int> PendingQuantityAsync()
    {
        var rows = await _db.Set<Shipment>().Where(x => x.ShippedAt == null).ToListAsync();
        return rows.Sum(x => x.Quantity ?? 0);
    }
}
