package com.example.web;

import java.io.IOException;
import java.util.logging.Logger; // expect: unused-import
import javax.servlet.ServletException; // expect: unused-import
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class HealthServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("application/json");
        resp.getWriter().write("{\"status\":\"UP\"}");
    }
}
