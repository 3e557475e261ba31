package com.example.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

public class CsvExporter {

    public void export(List<String[]> rows, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String[] row : rows) {
                w.write(String.join(",", row));
                w.newLine();
            }
        }
    }

    /** In-memory variant for the preview pane; StringWriter holds no OS resource. */
    public String preview(List<String[]> rows) {
        StringWriter sw = new StringWriter();
        for (String[] row : rows.subList(0, Math.min(rows.size(), 20))) {
            sw.append(String.join(",", row)).append('\n');
        }
        return sw.toString();
    }
}
