namespace Shop
{
    class Cart
    {
        void Add(int x)
        {
            if (x > 0) {
        }
    }
