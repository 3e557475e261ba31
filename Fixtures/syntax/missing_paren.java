class Main {
    public static void main(String[] args) {
        System.out.println("total: " + total(3, 4);
    }

    static int total(int a, int b) {
        return a + b;
    }
}
