package com.example.auth;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;

public class AdminLoginServlet extends HttpServlet {

    private final UserDirectory users = new UserDirectory();

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String role = req.getParameter("role");
        String user = req.getParameter("user");
        if (role == "admin") { // expect: string-reference-equality
            resp.sendRedirect("/admin");
            return;
        }
        String stored = users.passwordHashOf(user);
        String given = users.hash(req.getParameter("password"));
        if (stored != null && stored == given) { // expect: string-reference-equality
            resp.sendRedirect("/home");
        } else {
            resp.sendError(401);
        }
    }
}
