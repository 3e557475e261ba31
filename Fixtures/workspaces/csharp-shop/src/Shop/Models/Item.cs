namespace Shop.Models;

/// A line of an order.
public record Item(string Name, decimal Price);
//            ^def Item
