using System;
using System.Collections.Generic;

namespace Example.Shop
{
    /// <summary>A line of an order.</summary>
    public record Item(string Name, decimal Price);

    public enum Status { Open, Paid, Shipped }

    public interface IPriced
    {
        decimal Total();
    }

    /// A shopping cart; partial, the rest is generated.
    public partial class Cart<T> : IPriced where T : Item
    {
        public const int Limit = 10;
        private readonly List<T> items = new(), saved = new();
        public event EventHandler Changed;

        public string Owner { get; set; }

        public Cart(string owner) { Owner = owner; }

        ~Cart() { }

        public T this[int index] => items[index];

        public void Add(T item, int quantity = 1)
        {
            int Twice(int n) => n * 2;
            items.Add(item);
        }

        public decimal Total() => 0m;

        public static Cart<T> operator +(Cart<T> cart, T item) => cart;

        private struct Point { public int X; }

        public delegate void Notify(string message);
    }
}
