package files.web;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class DownloadServlet {
    private static final String BASE = "/srv/app/files/";

    public void download(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getParameter("name");
        File file = new File(BASE + name);
        try (InputStream in = new FileInputStream(file)) { // expect: path-traversal
            in.transferTo(response.getOutputStream());
        }
    }
}
