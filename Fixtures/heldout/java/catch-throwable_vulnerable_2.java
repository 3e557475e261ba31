package com.example.api;

import org.springframework.http.ResponseEntity;
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
    public ResponseEntity<String> importCsv(@RequestBody String csv) {
        try {
            int rows = importer.importRows(csv);
            return ResponseEntity.ok(rows + " rows imported");
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest().body("bad CSV: " + e.getMessage());
        } catch (Throwable e) { // expect: catch-throwable
            return ResponseEntity.internalServerError().body("import failed: " + e.getMessage());
        }
    }
}
