package com.example.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Serves the PDF manuals from the docs directory. */
public class ManualDownloadServlet extends HttpServlet {

    private static final Path BASE = Path.of("/opt/app/manuals").toAbsolutePath().normalize();

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getParameter("file");
        if (name == null) {
            resp.sendError(400);
            return;
        }
        Path f = BASE.resolve(name).normalize();
        if (!f.startsWith(BASE) || !f.toString().endsWith(".pdf") || !Files.isRegularFile(f)) {
            resp.sendError(404);
            return;
        }
        resp.setContentType("application/pdf");
        try (InputStream in = Files.newInputStream(f); OutputStream out = resp.getOutputStream()) {
            in.transferTo(out);
        }
    }
}
