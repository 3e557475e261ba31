import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import org.apache.commons.lang3.RandomStringUtils;
import org.jobrunr.jobs.annotations.Job;

// JobRunr job: sends password-reset mails requested on the login page.
class PasswordResetMailJob {
    private static final SplittableRandom RNG = new SplittableRandom();
    private final ResetTokenStore tokens;
    private final Mailer mailer;

    PasswordResetMailJob(ResetTokenStore tokens, Mailer mailer) {
        this.tokens = tokens;
        this.mailer = mailer;
    }

    @Job(name = "Password reset for %0")
    public void send(String email) {
        String token = RandomStringUtils.randomAlphanumeric(40); // expect: insecure-random
        tokens.save(email, token, Instant.now().plus(Duration.ofMinutes(30)));
        mailer.send(email, "Reset your password", "https://app.example.com/reset?token=" + token
                + "&code=" + smsCode());
    }

    private static String smsCode() {
        return String.format("%06d", RNG.nextInt(1_000_000)); // expect: insecure-random
    }
}
