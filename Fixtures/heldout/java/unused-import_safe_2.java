package com.example.web;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.util.logging.Logger;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class HealthServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(HealthServlet.class.getName());

    @Override
    public void init() throws ServletException {
        LOG.info("health endpoint ready");
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("application/json");
        resp.setCharacterEncoding(UTF_8.name());
        resp.getWriter().write("{\"status\":\"UP\"}");
    }
}
