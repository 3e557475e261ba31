package invites;

import java.util.Base64;
import java.util.Random;

public class InviteService {
    private final Random generator = new Random(System.currentTimeMillis());

    public String inviteToken() {
        byte[] bytes = new byte[16];
        generator.nextBytes(bytes); // expect: insecure-random
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public String temporaryPassword() {
        String letters = "abcdefghjkmnpqrstuvwxyz23456789";
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            password.append(letters.charAt(generator.nextInt(letters.length()))); // expect: insecure-random
        }
        return password.toString();
    }
}
