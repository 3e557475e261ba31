package com.example.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Unpacks an uploaded plugin archive into the plugins folder, refusing entries that escape it. */
public class PluginInstaller {

    private final Path pluginDir;

    public PluginInstaller(Path pluginDir) {
        this.pluginDir = pluginDir.toAbsolutePath().normalize();
    }

    public void install(InputStream archive) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(archive)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                Path target = pluginDir.resolve(entry.getName()).normalize();
                if (!target.startsWith(pluginDir)) {
                    throw new IOException("zip entry outside plugin dir: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(zip, target);
                }
            }
        }
    }
}
