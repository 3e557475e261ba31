package com.example.prefs;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
public class PreferencesImportController {

    /** Preferences are exported as a .properties file; load them as plain text. */
    @PostMapping("/preferences/import")
    public Map<String, String> importPrefs(@RequestParam("file") MultipartFile file) throws IOException {
        Properties props = new Properties();
        try (InputStream in = file.getInputStream()) {
            props.load(in);
        }
        Map<String, String> out = new HashMap<>();
        for (String key : props.stringPropertyNames()) {
            if (key.length() <= 64) {
                out.put(key, props.getProperty(key));
            }
        }
        return out;
    }
}
