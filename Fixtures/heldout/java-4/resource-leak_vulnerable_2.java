package com.example.labelprinter;

import java.io.BufferedWriter;
import java.io.FileInputStream;
import java.io.FileWriter;
import java.io.IOException;
import java.util.List;
import java.util.Properties;

/** Desktop label printer: loads printer settings and spools ZPL jobs to a file the driver watches. */
public class LabelSpooler {
    private final Properties settings = new Properties();

    public LabelSpooler(String settingsPath) throws IOException {
        settings.load(new FileInputStream(settingsPath)); // expect: resource-leak
    }

    public void spool(List<Label> labels) throws IOException {
        String spoolFile = settings.getProperty("spool.file", "/var/spool/labels/job.zpl");
        BufferedWriter out = new BufferedWriter(new FileWriter(spoolFile, true)); // expect: resource-leak
        for (Label label : labels) {
            out.write("^XA^FO50,50^A0N,40,40^FD" + label.text() + "^FS^XZ");
            out.newLine();
        }
        out.close();
    }
}
