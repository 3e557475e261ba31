package com.example.export;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

public class CsvExporter {

    public void export(List<String[]> rows, String file) throws IOException {
        Writer w = new OutputStreamWriter(new FileOutputStream(file), StandardCharsets.UTF_8); // expect: resource-leak
        for (String[] row : rows) {
            w.write(String.join(",", row));
            w.write("\n");
        }
        w.close(); // skipped whenever write() throws
    }
}
