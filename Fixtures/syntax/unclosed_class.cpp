class Cart {
public:
    int total() const { return 0; }

int main() { return 0; }
