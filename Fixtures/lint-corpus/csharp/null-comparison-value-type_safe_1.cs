using System;

namespace Shop
{
    public class Shipping
    {
        public string Label(int? quantity, DateTime? shippedAt, string note)
        {
            if (quantity == null) return "empty";
            if (shippedAt != null) return "shipped";
            if (note == null) return "pending";
            return note;
        }
    }
}
