namespace Fleet.Domain
{
    public class Trip
    {
        public Guid Id { get; init; }
        public DateTime StartedAt { get; init; }
        public DateTime EndedAt { get; set; }
        public decimal StartKm { get; init; }
        public decimal EndKm { get; set; }
        public decimal? FuelLitres { get; init; }

        public TimeSpan Duration()
        {
            if (EndedAt == null) // expect: value-type-null-comparison
            {
                return TimeSpan.Zero;
            }
            return EndedAt - StartedAt;
        }

        public bool IsNew => Id == null; // expect: value-type-null-comparison

        public decimal Distance() => EndKm - StartKm;

        public decimal? Consumption() => FuelLitres == null || Distance() == 0 ? null : FuelLitres / Distance() * 100;
    }
}
