using System.Collections.Generic;

namespace Shop.Models
{
    /// A shopping cart.
    public partial class Cart
//                       ^def Cart
    {
        private readonly List<Item> items = new();
//                            ^ref Item

        public void Add(Item item)
//                      ^ref Item
        {
            items.Add(item);
        }

        public decimal Total()
        {
            decimal total = 0;
            foreach (var item in items)
            {
                if (item.Price > 0)
                {
                    total += item.Price;
                }
            }
            return total;
        }
    }
}
