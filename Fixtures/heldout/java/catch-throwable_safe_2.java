package com.example.api;

import java.io.IOException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ImportController {

    private final CsvImporter importer;

    public ImportController(CsvImporter importer) {
        this.importer = importer;
    }

    @PostMapping("/import")
    public ResponseEntity<String> importCsv(@RequestBody String csv) throws IOException {
        try {
            int rows = importer.importRows(csv);
            return ResponseEntity.ok(rows + " rows imported");
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest().body("bad CSV: " + e.getMessage());
        }
    }

    @ExceptionHandler(IOException.class)
    public ResponseEntity<String> onIo(IOException e) {
        return ResponseEntity.internalServerError().body("import failed");
    }

    /** Wraps a checked failure and keeps the cause; Throwable only appears as a type, not caught. */
    static RuntimeException wrap(Throwable cause) {
        return cause instanceof RuntimeException re ? re : new IllegalStateException(cause);
    }
}
