package com.dashboards.web;

import java.beans.XMLDecoder;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
public class LayoutImportController {

    private final LayoutStore store;

    public LayoutImportController(LayoutStore store) {
        this.store = store;
    }

    @PostMapping("/layouts/import")
    public ResponseEntity<String> importLayout(@RequestParam("file") MultipartFile file) throws IOException {
        try (InputStream in = file.getInputStream(); XMLDecoder decoder = new XMLDecoder(in)) {
            Object layout = decoder.readObject(); // expect: unsafe-deserialization
            if (!(layout instanceof DashboardLayout dl)) {
                return ResponseEntity.badRequest().body("not a layout");
            }
            store.save(dl);
            return ResponseEntity.ok(dl.getName());
        }
    }
}
