package io.themes.install;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

public class ThemeInstaller {

    public int install(InputStream upload, Path dest) throws IOException {
        Path base = dest.toAbsolutePath().normalize();
        int files = 0;
        try (ZipInputStream zip = new ZipInputStream(upload)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                Path target = base.resolve(entry.getName()).normalize();
                if (!target.startsWith(base)) {
                    throw new IOException("zip entry outside target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                Files.copy(zip, target);
                files++;
            }
        }
        return files;
    }

    public String preview(Path themesDir, String requested) throws IOException {
        Path leaf = Path.of(requested).getFileName();
        return Files.readString(themesDir.resolve(leaf.toString() + ".css"));
    }
}
