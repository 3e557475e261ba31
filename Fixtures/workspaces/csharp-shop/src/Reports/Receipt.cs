using System.Text;
using Shop.Models;

namespace Shop.Reports
{
    /// A printed receipt, from another folder and namespace than the cart.
    public static class Receipt
    {
        public static string Print(Cart cart, Item extra)
//                                 ^ref Cart
//                                      ^def cart@print
//                                            ^ref Item
        {
            var text = new StringBuilder();
//              ^def text@print
            text.Append(cart.Total());
//          ^ref text@print
//                      ^ref cart@print
            text.Append(extra.Name);
//          ^ref text@print
            return text.ToString();
//                 ^ref text@print
        }
    }
}
