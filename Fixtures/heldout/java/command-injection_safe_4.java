package com.example.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
public class RepoInfoController {

    private static final Set<String> REPOS = Set.of("billing", "frontend", "infra");

    @GetMapping("/repos/{name}/log")
    public String log(@PathVariable String name) throws IOException {
        if (!REPOS.contains(name)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Process proc = Runtime.getRuntime().exec(new String[] {"git", "-C", "/srv/repos/" + name, "log", "--oneline", "-n", "20"});
        return new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    @GetMapping("/version")
    public String version() throws IOException {
        Process proc = Runtime.getRuntime().exec("git --version");
        return new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    }
}
