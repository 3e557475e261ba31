import java.util.Scanner;

/** Homework 3: shopping receipt with a discount above 50 euros. */
public class Receipt {

    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        System.out.print("How many items? ");
        int count = in.nextInt();
        double subtotal = 0;
        int total = 0; // expect: unused-variable
        for (int i = 0; i < count; i++) {
            System.out.print("Price of item " + (i + 1) + ": ");
            subtotal += in.nextDouble();
        }
        String label = subtotal > 50 ? "discounted" : "regular"; // expect: unused-variable
        double discount = subtotal > 50 ? subtotal * 0.1 : 0;
        System.out.printf("Subtotal: %.2f%nDiscount: %.2f%nTo pay: %.2f%n", subtotal, discount, subtotal - discount);
        in.close();
    }
}
