package com.acme.docs.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
public class AttachmentController {

    @Value("${attachments.dir}")
    private String attachmentsDir;

    @GetMapping("/attachments/{name}")
    public ResponseEntity<byte[]> download(@PathVariable String name) throws IOException {
        Path base = Paths.get(attachmentsDir).toAbsolutePath().normalize();
        Path file = base.resolve(name).normalize();
        if (!file.startsWith(base) || !Files.isRegularFile(file)) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok(Files.readAllBytes(file));
    }

    @PostMapping("/attachments")
    public String upload(@RequestParam("file") MultipartFile file) throws IOException {
        String stored = UUID.randomUUID() + ".bin";
        file.transferTo(Paths.get(attachmentsDir, stored));
        return stored;
    }
}
