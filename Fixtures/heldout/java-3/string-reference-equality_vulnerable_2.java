package org.intranet.admin;

import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

public class AdminGuardFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = req.getSession(false);
        String role = session == null ? null : (String) session.getAttribute("role");
        if (role == "ADMIN") { // expect: string-reference-equality
            chain.doFilter(req, res);
            return;
        }
        if (req.getMethod() == "GET" && req.getRequestURI().endsWith("/status")) { // expect: string-reference-equality
            chain.doFilter(req, res);
            return;
        }
        String expected = session == null ? null : (String) session.getAttribute("csrf");
        String supplied = req.getHeader("X-CSRF-Token");
        if (expected != null && supplied == expected) { // expect: string-reference-equality
            chain.doFilter(req, res);
            return;
        }
        res.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
}
