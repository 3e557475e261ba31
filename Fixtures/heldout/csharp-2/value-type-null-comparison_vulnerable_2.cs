using System;
using System.Collections.Generic;

namespace Logistics.Tracking
{
    public struct GeoPoint
    {
        public double Lat;
        public double Lon;
    }

    public class Shipment
    {
        public Guid Id { get; set; }
        public GeoPoint LastPosition { get; set; }
        public TimeSpan Eta { get; set; }
    }

    public class ShipmentBoard
    {
        private readonly Dictionary<Guid, Shipment> _byId = new Dictionary<Guid, Shipment>();

        public void Track(Shipment shipment)
        {
            if (shipment.Id != null) // expect: value-type-null-comparison
                _byId[shipment.Id] = shipment;
        }

        public string Describe(Guid id)
        {
            if (!_byId.TryGetValue(id, out var s))
                return "unknown shipment";
            var eta = s.Eta != null ? s.Eta.ToString(@"hh\:mm") : "n/a"; // expect: value-type-null-comparison
            return $"{id}: {s.LastPosition.Lat:F3},{s.LastPosition.Lon:F3} eta {eta}";
        }
    }
}
