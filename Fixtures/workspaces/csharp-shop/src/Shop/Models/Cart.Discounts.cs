namespace Shop.Models
{
    public partial class Cart
    {
        public decimal Discounted(decimal rate) => Total() * (1 - rate);
    }
}
