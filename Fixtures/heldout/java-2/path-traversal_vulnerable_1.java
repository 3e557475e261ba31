package com.acme.docs.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
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
        Path file = Paths.get(attachmentsDir, name);
        return ResponseEntity.ok(Files.readAllBytes(file)); // expect: path-traversal
    }

    @PostMapping("/attachments")
    public String upload(@RequestParam("file") MultipartFile file) throws IOException {
        file.transferTo(new File(attachmentsDir, file.getOriginalFilename())); // expect: path-traversal
        return "stored";
    }
}
