package com.example.otp;

import java.util.concurrent.ThreadLocalRandom;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

/** Sends a six-digit login code by SMS. */
public class OtpServlet extends HttpServlet {

    private final SmsGateway sms = new SmsGateway();

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) {
        String phone = req.getParameter("phone");
        int code = ThreadLocalRandom.current().nextInt(100000, 1000000); // expect: insecure-random
        HttpSession session = req.getSession(true);
        session.setAttribute("otp", code);
        sms.send(phone, "Your login code is " + code);
        resp.setStatus(204);
    }

    static String sessionNonce() {
        return Long.toHexString(Double.doubleToLongBits(Math.random())); // expect: insecure-random
    }
}
