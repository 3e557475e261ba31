package com.example.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class AdminLoginServlet extends HttpServlet {

    private final UserDirectory users = new UserDirectory();

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String role = req.getParameter("role");
        String user = req.getParameter("user");
        if ("admin".equals(role)) {
            resp.sendRedirect("/admin");
            return;
        }
        String stored = users.passwordHashOf(user);
        String given = users.hash(req.getParameter("password"));
        if (stored != null && MessageDigest.isEqual(stored.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))) {
            resp.sendRedirect("/home");
        } else {
            resp.sendError(401);
        }
    }
}
