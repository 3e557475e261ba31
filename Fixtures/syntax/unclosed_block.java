class Cart {
    void add(int x) {
        if (x > 0) {
            System.out.println(x);
    }
}
