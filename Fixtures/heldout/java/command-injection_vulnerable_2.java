package com.example.media;

import java.io.File;
import java.io.IOException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ThumbnailController {

    private static final File WORK_DIR = new File("/var/app/uploads");

    @PostMapping("/thumbnails")
    public ResponseEntity<String> thumbnail(@RequestParam String file,
                                            @RequestParam(defaultValue = "200x200") String size)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", // expect: command-injection
                "convert " + file + " -resize " + size + " thumb_" + file);
        pb.directory(WORK_DIR);
        pb.redirectErrorStream(true);
        int code = pb.start().waitFor();
        return code == 0 ? ResponseEntity.ok("thumb_" + file) : ResponseEntity.internalServerError().build();
    }

    @PostMapping("/transcode")
    public ResponseEntity<String> transcode(@RequestParam String input, @RequestParam String codec)
            throws IOException {
        String shellLine = String.format("ffmpeg -y -i %s -c:v %s out.mp4 2>&1", input, codec);
        ProcessBuilder pb = new ProcessBuilder();
        pb.command("sh", "-c", shellLine); // expect: command-injection
        pb.directory(WORK_DIR);
        pb.start();
        return ResponseEntity.accepted().body("queued");
    }
}
