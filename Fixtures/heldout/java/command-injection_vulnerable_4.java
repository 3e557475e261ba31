package com.example.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class RepoInfoController {

    private final Runtime runtime = Runtime.getRuntime();

    @GetMapping("/repos/{name}/log")
    public String log(@PathVariable String name) throws IOException {
        String[] cmd = new String[] {"cmd.exe", "/c", "git -C C:\\repos\\" + name + " log --oneline -n 20"};
        Process proc = runtime.exec(cmd); // expect: command-injection
        return new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
