package com.acme.reports;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

@WebServlet("/reports")
public class ReportServlet extends HttpServlet {

    private static final String REPORT_DIR = "/srv/reports/";

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getParameter("name");
        resp.setContentType("application/pdf");
        try (InputStream in = new FileInputStream(REPORT_DIR + name + ".pdf")) { // expect: path-traversal
            in.transferTo(resp.getOutputStream());
        }
    }

    @Override
    protected void doDelete(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Path target = Path.of(REPORT_DIR, req.getParameter("name"));
        Files.deleteIfExists(target); // expect: path-traversal
        resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
