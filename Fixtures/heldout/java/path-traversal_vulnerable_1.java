package com.example.docs;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Serves the PDF manuals from the docs directory. */
public class ManualDownloadServlet extends HttpServlet {

    private static final String BASE = "/opt/app/manuals/";

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getParameter("file");
        if (!name.endsWith(".pdf")) {
            resp.sendError(400, "only PDFs");
            return;
        }
        File f = new File(BASE + name);
        resp.setContentType("application/pdf");
        try (InputStream in = new FileInputStream(f); OutputStream out = resp.getOutputStream()) { // expect: path-traversal
            in.transferTo(out);
        }
    }

    @Override
    protected void doDelete(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        File f = new File(BASE, req.getParameter("file"));
        if (!f.delete()) { // expect: path-traversal
            resp.sendError(404);
        }
    }
}
