package com.example.labelprinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Properties;

/** Desktop label printer: loads printer settings and spools ZPL jobs to a file the driver watches. */
public class LabelSpooler {
    private final Properties settings = new Properties();

    public LabelSpooler(String settingsPath) throws IOException {
        try (InputStream in = Files.newInputStream(Paths.get(settingsPath))) {
            settings.load(in);
        }
    }

    public void spool(List<Label> labels) throws IOException {
        String spoolFile = settings.getProperty("spool.file", "/var/spool/labels/job.zpl");
        BufferedWriter out = Files.newBufferedWriter(Paths.get(spoolFile), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        try {
            for (Label label : labels) {
                out.write("^XA^FO50,50^A0N,40,40^FD" + label.text() + "^FS^XZ");
                out.newLine();
            }
        } finally {
            out.close();
        }
    }
}
