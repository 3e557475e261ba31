package com.example.nettools;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.regex.Pattern;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Admin page: ping a host to check connectivity from the app server. */
public class PingServlet extends HttpServlet {

    private static final Pattern HOSTNAME = Pattern.compile("^[A-Za-z0-9.-]{1,253}$");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String host = req.getParameter("host");
        if (host == null || !HOSTNAME.matcher(host).matches() || host.startsWith("-")) {
            resp.sendError(400, "invalid host");
            return;
        }
        // argv form: no shell, the host is a single argument
        ProcessBuilder pb = new ProcessBuilder("ping", "-c", "3", host);
        pb.redirectErrorStream(true);
        Process p = pb.start();
        resp.setContentType("text/plain");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
            String line;
            while ((line = r.readLine()) != null) {
                resp.getWriter().println(line);
            }
        }
    }
}
