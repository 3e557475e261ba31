package com.example.session;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.util.Base64;
import java.io.ByteArrayInputStream;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Restores the shopping cart from a cookie so it survives server restarts. */
public class CartServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Cart cart = new Cart();
        if (req.getCookies() != null) {
            for (Cookie c : req.getCookies()) {
                if ("cart".equals(c.getName())) {
                    byte[] raw = Base64.getDecoder().decode(c.getValue());
                    try (ObjectInputStream ois = new ObjectInputStream(new ByteArrayInputStream(raw))) {
                        cart = (Cart) ois.readObject(); // expect: unsafe-deserialization
                    } catch (ClassNotFoundException e) {
                        log("bad cart cookie", e);
                    }
                }
            }
        }
        resp.setContentType("text/plain");
        resp.getWriter().println("items: " + cart.size());
    }
}
