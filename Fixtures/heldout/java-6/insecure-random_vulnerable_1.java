package com.example.vaadin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.Route;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Vaadin Flow view: "forgot password" sends a six-digit reset code by mail. */
@Route("forgot")
class ForgotPasswordView extends VerticalLayout {

    ForgotPasswordView(ResetCodes codes, Mailer mailer) {
        EmailField email = new EmailField("E-mail");
        Button send = new Button("Send code", click -> {
            int code = ThreadLocalRandom.current().nextInt(100_000, 1_000_000); // expect: insecure-random
            codes.store(email.getValue(), String.valueOf(code), Duration.ofMinutes(15));
            mailer.send(email.getValue(), "Your reset code", "Code: " + code);
            Notification.show("If the address is known, a code is on its way.");
        });
        add(email, send);
    }
}
