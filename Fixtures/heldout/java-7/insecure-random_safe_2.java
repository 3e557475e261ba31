import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.jobrunr.jobs.annotations.Job;

// JobRunr job: sends password-reset mails requested on the login page.
class PasswordResetMailJob {
    private static final SecureRandom RNG = new SecureRandom();
    private final ResetTokenStore tokens;
    private final Mailer mailer;

    PasswordResetMailJob(ResetTokenStore tokens, Mailer mailer) {
        this.tokens = tokens;
        this.mailer = mailer;
    }

    @Job(name = "Password reset for %0")
    public void send(String email) {
        byte[] raw = new byte[30];
        RNG.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        tokens.save(email, token, Instant.now().plus(Duration.ofMinutes(30)));
        mailer.send(email, "Reset your password", "https://app.example.com/reset?token=" + token
                + "&code=" + smsCode());
    }

    private static String smsCode() {
        return String.format("%06d", RNG.nextInt(1_000_000));
    }
}
