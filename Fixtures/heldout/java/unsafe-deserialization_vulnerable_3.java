package com.example.prefs;

import java.io.ObjectInputStream;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.bind.annotation.RequestParam;

@RestController
public class PreferencesImportController {

    @PostMapping("/preferences/import")
    @SuppressWarnings("unchecked")
    public Map<String, String> importPrefs(@RequestParam("file") MultipartFile file) throws Exception {
        ObjectInputStream in = new ObjectInputStream(file.getInputStream());
        try {
            return (Map<String, String>) in.readObject(); // expect: unsafe-deserialization
        } finally {
            in.close();
        }
    }
}
