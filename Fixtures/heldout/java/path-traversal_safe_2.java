package com.example.avatars;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
public class AvatarController {

    private final Path root = Paths.get("/var/data/avatars");

    @GetMapping("/avatars/{userId}")
    public ResponseEntity<byte[]> get(@PathVariable long userId) throws IOException {
        Path p = root.resolve(userId + ".png");
        if (!Files.exists(p)) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(Files.readAllBytes(p));
    }

    @PostMapping("/avatars/{userId}")
    public String upload(@PathVariable long userId, @RequestParam("file") MultipartFile file) throws IOException {
        // the client's file name is ignored; the stored name is generated
        Path dest = root.resolve(userId + "-" + UUID.randomUUID() + ".png");
        Files.copy(file.getInputStream(), dest);
        return dest.getFileName().toString();
    }
}
