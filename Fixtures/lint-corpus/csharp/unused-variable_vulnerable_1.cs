using System;
using System.Linq;

namespace Reports
{
    public class Summary
    {
        public decimal Total(decimal[] amounts)
        {
            var count = amounts.Length; // expect: unused-variable
            decimal total = 0;
            foreach (var amount in amounts) total += amount;
            return total;
        }

        public string Title(string name)
        {
            string upper = name.ToUpperInvariant(); // expect: unused-variable
            return "Report for " + name;
        }
    }
}
