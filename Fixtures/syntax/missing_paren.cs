class Cart
{
    void Add(int x)
    {
        Console.WriteLine(x;
    }
}
