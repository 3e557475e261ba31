package com.example.avatars;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
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

    @GetMapping("/avatars/{user}/{file}")
    public ResponseEntity<byte[]> get(@PathVariable String user, @PathVariable String file) throws IOException {
        Path p = root.resolve(user).resolve(file);
        if (!p.startsWith(root)) { // resolve() does not normalise, so "../" still passes
            return ResponseEntity.badRequest().build();
        }
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(Files.readAllBytes(p)); // expect: path-traversal
    }

    @PostMapping("/avatars/{user}")
    public String upload(@PathVariable String user, @RequestParam("file") MultipartFile file) throws IOException {
        Path dest = root.resolve(user + "/" + file.getOriginalFilename());
        Files.copy(file.getInputStream(), dest); // expect: path-traversal
        return "ok";
    }
}
