using System;
using System.IO;

namespace Reports
{
    public class Summary
    {
        public decimal Total(decimal[] amounts)
        {
            decimal total = 0;
            foreach (var amount in amounts) total += amount;
            return total;
        }

        public Func<string> Title(string name)
        {
            var upper = name.ToUpperInvariant();
            using var writer = new StringWriter();
            _ = writer.ToString();
            return () => "Report for " + upper;
        }
    }
}
