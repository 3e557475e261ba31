package preview;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class LinkPreviewServlet {
    public void preview(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String target = request.getParameter("url");
        URL url = new URL(target); // expect: ssrf
        try (InputStream in = url.openStream()) {
            response.getOutputStream().write(in.readNBytes(4096));
        }
    }
}
