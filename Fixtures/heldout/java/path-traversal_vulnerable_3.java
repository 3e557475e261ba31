package com.example.plugins;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Unpacks an uploaded plugin archive into the plugins folder. */
public class PluginInstaller {

    private final File pluginDir;

    public PluginInstaller(File pluginDir) {
        this.pluginDir = pluginDir;
    }

    public void install(InputStream archive) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(archive)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                File target = new File(pluginDir, entry.getName());
                if (entry.isDirectory()) {
                    target.mkdirs();
                    continue;
                }
                target.getParentFile().mkdirs();
                try (OutputStream out = new FileOutputStream(target)) { // expect: path-traversal
                    zip.transferTo(out);
                }
            }
        }
    }
}
