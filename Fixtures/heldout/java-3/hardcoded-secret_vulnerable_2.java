package io.clinic.notify;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.twilio.Twilio;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import java.time.Instant;

public class AppointmentNotifier {

    private static final Algorithm SIGNER = Algorithm.HMAC256("clinic-portal-jwt-signing-key-2024!"); // expect: hardcoded-secret

    static {
        Twilio.init("AC3f9b2c7d1e8a4f6b0c5d9e2a7b1c4d8e", "9f2b7c1d4e8a3f6b0c5d2e9a7b1c4d8f"); // expect: hardcoded-secret
    }

    public String confirmationLink(long appointmentId) {
        String token = JWT.create()
                .withSubject(String.valueOf(appointmentId))
                .withExpiresAt(Instant.now().plusSeconds(86_400))
                .sign(SIGNER);
        return "https://portal.clinic.example/confirm?t=" + token;
    }

    public void remind(String phone, long appointmentId) {
        Message.creator(new PhoneNumber(phone), new PhoneNumber("+15005550006"),
                "Reminder: your appointment. Confirm: " + confirmationLink(appointmentId)).create();
    }
}
