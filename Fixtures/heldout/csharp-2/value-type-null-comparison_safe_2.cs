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
        public GeoPoint? LastPosition { get; set; }
        public TimeSpan? Eta { get; set; }
    }

    public class ShipmentBoard
    {
        private readonly Dictionary<Guid, Shipment> _byId = new Dictionary<Guid, Shipment>();

        public void Track(Shipment shipment)
        {
            if (shipment != null && shipment.Id != Guid.Empty)
                _byId[shipment.Id] = shipment;
        }

        public string Describe(Guid id)
        {
            if (!_byId.TryGetValue(id, out var s))
                return "unknown shipment";
            var eta = s.Eta != null ? s.Eta.Value.ToString(@"hh\:mm") : "n/a";
            var where = s.LastPosition.HasValue ? $"{s.LastPosition.Value.Lat:F3},{s.LastPosition.Value.Lon:F3}" : "no fix yet";
            return $"{id}: {where} eta {eta}";
        }
    }
}
