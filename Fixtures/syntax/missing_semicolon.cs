class Cart
{
    int total = 0
    void Add(int x) { total += x; }
}
