package files.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class DownloadServlet {
    private static final Path BASE = Paths.get("/srv/app/files").toAbsolutePath().normalize();

    public void download(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getParameter("name");
        Path file = BASE.resolve(name).normalize();
        if (!file.startsWith(BASE)) {
            response.sendError(403);
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            in.transferTo(response.getOutputStream());
        }
    }
}
