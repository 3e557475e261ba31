namespace Fleet.Domain
{
    public readonly struct Odometer
    {
        public Odometer(decimal km) => Km = km;
        public decimal Km { get; }
    }

    public class Trip
    {
        public Guid Id { get; init; }
        public Odometer Start { get; init; }
        public Odometer? End { get; init; }
        public decimal? FuelLitres { get; init; }
        public Driver? Driver { get; init; }

        public decimal Distance() => End is { } end ? end.Km - Start.Km : 0;

        public bool IsNew => Id == Guid.Empty;

        public bool HasDriver => Driver != null;

        public decimal? Consumption() => FuelLitres.HasValue && Distance() > 0 ? FuelLitres / Distance() * 100 : null;
    }

    public class Driver
    {
        public string Name { get; init; } = "";
    }
}
