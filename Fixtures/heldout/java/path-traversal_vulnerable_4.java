package com.example.logs;

import java.io.BufferedReader;
import java.io.FileReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class LogViewerController {

    private static final String LOG_DIR = "/var/log/app/";

    @GetMapping("/admin/logs")
    public List<String> tail(@RequestParam String name, @RequestParam(defaultValue = "100") int lines) throws IOException {
        String cleaned = name.replace("../", "");
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new FileReader(LOG_DIR + cleaned))) { // expect: path-traversal
            String line;
            while ((line = r.readLine()) != null) {
                out.add(line);
                if (out.size() > lines) {
                    out.remove(0);
                }
            }
        }
        return out;
    }
}
