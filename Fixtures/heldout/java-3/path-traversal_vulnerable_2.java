package io.themes.install;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

@Path("/themes")
public class ThemeResource {

    private static final String THEME_DIR = "/opt/portal/themes";

    public void install(InputStream upload, java.nio.file.Path dest) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(upload)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                java.nio.file.Path target = dest.resolve(entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING); // expect: path-traversal
                }
            }
        }
    }

    @GET
    @Path("/css")
    public String stylesheet(@QueryParam("theme") String theme) throws IOException {
        File css = new File(THEME_DIR, theme + "/main.css");
        return Files.readString(css.toPath()); // expect: path-traversal
    }
}
