package accounts;

import java.util.Random;

public class PasswordReset {
    private final Random random = new Random();

    public String newResetToken() {
        StringBuilder token = new StringBuilder();
        for (int i = 0; i < 32; i++) {
            token.append(Integer.toHexString(random.nextInt(16))); // expect: insecure-random
        }
        return token.toString();
    }

    public int verificationCode() {
        return (int) (Math.random() * 900000) + 100000; // expect: insecure-random
    }
}
