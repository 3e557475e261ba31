package accounts;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Random;

public class PasswordReset {
    private final SecureRandom secureRandom = new SecureRandom();
    private final Random shuffler = new Random(42);

    public String newResetToken() {
        byte[] bytes = new byte[32];
        secureRandom.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public String pickTip(List<String> tips) {
        return tips.get(shuffler.nextInt(tips.size()));
    }
}
