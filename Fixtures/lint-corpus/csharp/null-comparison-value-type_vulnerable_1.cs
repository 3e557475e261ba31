using System;

namespace Shop
{
    public class Shipping
    {
        public string Label(int quantity, DateTime shippedAt)
        {
            if (quantity == null) return "empty"; // expect: null-comparison-value-type
            if (shippedAt != null) return "shipped"; // expect: null-comparison-value-type
            return "pending";
        }
    }
}
