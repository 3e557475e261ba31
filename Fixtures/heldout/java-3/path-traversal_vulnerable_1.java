package org.wiki.attachments;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

@WebServlet("/attachments/*")
public class AttachmentServlet extends HttpServlet {

    private final Path root = Path.of("/srv/wiki/attachments");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getPathInfo().substring(1);
        Path file = root.resolve(name);
        resp.setContentType(getServletContext().getMimeType(name));
        try (InputStream in = Files.newInputStream(file)) { // expect: path-traversal
            in.transferTo(resp.getOutputStream());
        }
    }

    @Override
    protected void doDelete(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String page = req.getParameter("page");
        String name = req.getParameter("name");
        Files.delete(root.resolve(page + "/" + name)); // expect: path-traversal
        resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
