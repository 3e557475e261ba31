namespace Other.Things
{
    /// Not the shop's cart: a namespace Program does not use.
    public class Cart
//               ^def Cart@other
    {
    }
}
