package com.acme.reports;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;

@WebServlet("/reports")
public class ReportServlet extends HttpServlet {

    private static final String REPORT_DIR = "/srv/reports/";
    private static final Pattern REPORT_NAME = Pattern.compile("\\d{4}-\\d{2}-(sales|stock|returns)");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getParameter("name");
        if (name == null || !REPORT_NAME.matcher(name).matches()) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "unknown report");
            return;
        }
        resp.setContentType("application/pdf");
        try (InputStream in = new FileInputStream(REPORT_DIR + name + ".pdf")) {
            in.transferTo(resp.getOutputStream());
        }
    }
}
