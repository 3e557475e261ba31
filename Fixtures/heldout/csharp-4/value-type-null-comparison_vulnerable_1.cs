using Microsoft.EntityFrameworkCore;

namespace Shop.Data;

public class Shipment
{
    public int Id { get; set; }
    public int Quantity { get; set; }
    public DateTime ShippedAt { get; set; }
    public decimal? Insurance { get; set; }
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
        if (s.ShippedAt == null) // expect: value-type-null-comparison
            return "waiting for pickup";
        var insured = s.Insurance.HasValue ? $" (insured {s.Insurance:C})" : "";
        return $"shipped {s.ShippedAt:d}{insured}";
    }

    public async Task SplitAsync(int id, int firstPart)
    {
        var s = await _db.Set<Shipment>().FindAsync(id) ?? throw new KeyNotFoundException();
        if (s.Quantity != null && firstPart < s.Quantity) // expect: value-type-null-comparison
        {
            _db.Add(new Shipment { Quantity = s.Quantity - firstPart });
            s.Quantity = firstPart;
            await _db.SaveChangesAsync();
        }
    }
}
