package themes;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class ThemeServlet {
    private static final File THEMES = new File("/srv/shop/themes");

    public void unpack(InputStream upload) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(upload)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                File out = new File(THEMES, entry.getName());
                out.getParentFile().mkdirs();
                try (OutputStream target = new FileOutputStream(out)) { // expect: path-traversal
                    zip.transferTo(target);
                }
            }
        }
    }

    public void remove(HttpServletRequest request, HttpServletResponse response) throws IOException {
        File theme = new File(THEMES, request.getParameter("theme"));
        if (!theme.delete()) { // expect: path-traversal
            response.sendError(404);
        }
    }
}
