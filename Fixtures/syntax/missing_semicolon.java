class Cart {
    int count() {
        int n = 0
        return n;
    }
}
