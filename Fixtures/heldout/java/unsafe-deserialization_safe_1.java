package com.example.session;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Base64;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Restores the shopping cart from a cookie holding JSON (no Java serialization). */
public class CartServlet extends HttpServlet {

    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Cart cart = new Cart();
        if (req.getCookies() != null) {
            for (Cookie c : req.getCookies()) {
                if ("cart".equals(c.getName())) {
                    byte[] raw = Base64.getUrlDecoder().decode(c.getValue());
                    cart = mapper.readValue(raw, Cart.class);
                }
            }
        }
        resp.setContentType("text/plain");
        resp.getWriter().println("items: " + cart.size());
    }
}
