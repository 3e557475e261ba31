package com.example.vaadin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.Route;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Vaadin Flow view: "forgot password" sends a six-digit reset code by mail. */
@Route("forgot")
class ForgotPasswordView extends VerticalLayout {
    private static final SecureRandom RNG = new SecureRandom();
    private static final List<String> HINTS = List.of("Check your spam folder.", "Codes expire after 15 minutes.");

    ForgotPasswordView(ResetCodes codes, Mailer mailer) {
        EmailField email = new EmailField("E-mail");
        Button send = new Button("Send code", click -> {
            int code = 100_000 + RNG.nextInt(900_000);
            codes.store(email.getValue(), String.valueOf(code), Duration.ofMinutes(15));
            mailer.send(email.getValue(), "Your reset code", "Code: " + code);
            Notification.show(HINTS.get(ThreadLocalRandom.current().nextInt(HINTS.size())));
        });
        add(email, send);
    }
}
