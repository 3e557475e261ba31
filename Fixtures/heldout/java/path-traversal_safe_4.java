package com.example.logs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
public class LogViewerController {

    private static final Map<String, Path> LOGS = Map.of(
            "app", Path.of("/var/log/app/app.log"),
            "access", Path.of("/var/log/app/access.log"),
            "gc", Path.of("/var/log/app/gc.log"));

    @GetMapping("/admin/logs")
    public List<String> tail(@RequestParam String name, @RequestParam(defaultValue = "100") int lines) throws IOException {
        Path file = LOGS.get(name);
        if (file == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        List<String> all = Files.readAllLines(file);
        return all.subList(Math.max(0, all.size() - lines), all.size());
    }

    @GetMapping("/admin/logs/archive")
    public byte[] archived(@RequestParam String day) throws IOException {
        if (!day.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        return Files.readAllBytes(Path.of("/var/log/app/archive", "app-" + day + ".log.gz"));
    }
}
