package com.example.nettools;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Admin page: ping a host to check connectivity from the app server. */
public class PingServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String host = req.getParameter("host");
        if (host == null || host.isBlank()) {
            resp.sendError(400, "host required");
            return;
        }
        Process p = Runtime.getRuntime().exec("ping -c 3 " + host); // expect: command-injection
        resp.setContentType("text/plain");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
            String line;
            while ((line = r.readLine()) != null) {
                resp.getWriter().println(line);
            }
        }
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String domain = req.getParameter("domain");
        String[] cmd = {"/bin/sh", "-c", "nslookup " + domain + " | head -n 20"};
        Process p = Runtime.getRuntime().exec(cmd); // expect: command-injection
        resp.setContentType("text/plain");
        p.getInputStream().transferTo(resp.getOutputStream());
    }
}
