import java.util.Scanner;

/** Homework 3 (reviewed): every value read is used. */
public class ReceiptFixed {

    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        int count = in.nextInt();
        double subtotal = 0;
        int total = 0;
        for (int i = 0; i < count; i++) {
            subtotal += in.nextDouble();
            total++;
        }
        String label = subtotal > 50 ? "discounted" : "regular";
        System.out.printf("%d items, %s price: %.2f%n", total, label, subtotal > 50 ? subtotal * 0.9 : subtotal);
        in.close();
    }
}
