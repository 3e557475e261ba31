package com.example.media;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ThumbnailController {

    private static final File WORK_DIR = new File("/var/app/uploads");
    private static final Map<String, String> SIZES = Map.of("small", "64x64", "medium", "200x200", "large", "800x800");

    @PostMapping("/thumbnails")
    public ResponseEntity<String> thumbnail(@RequestParam String file,
                                            @RequestParam(defaultValue = "medium") String size)
            throws IOException, InterruptedException {
        String name = new File(file).getName();
        String geometry = SIZES.get(size);
        if (geometry == null || !name.matches("[\\w.-]+\\.(png|jpg|jpeg)")) {
            return ResponseEntity.badRequest().body("bad input");
        }
        List<String> argv = List.of("convert", name, "-resize", geometry, "thumb_" + name);
        Process p = new ProcessBuilder(argv).directory(WORK_DIR).redirectErrorStream(true).start();
        return p.waitFor() == 0 ? ResponseEntity.ok("thumb_" + name) : ResponseEntity.internalServerError().build();
    }

    @PostMapping("/cleanup")
    public ResponseEntity<String> cleanup() throws IOException {
        // constant shell pipeline, nothing from the request
        new ProcessBuilder("sh", "-c", "find /var/app/uploads -name 'thumb_*' -mtime +7 -delete")
                .inheritIO()
                .start();
        return ResponseEntity.accepted().body("cleanup started");
    }
}
