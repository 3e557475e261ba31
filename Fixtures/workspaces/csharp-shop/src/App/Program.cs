using System;
using Shop.Models;

namespace Shop.App;

public static class Program
{
    public static void Main()
    {
        var cart = new Cart();
//          ^def cart@main
//                     ^ref Cart
        cart.Add(new Item("tea", 3m));
//      ^ref cart@main
//                   ^ref Item
        Console.WriteLine(cart.Total());
//                        ^ref cart@main
    }
}
