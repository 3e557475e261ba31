package com.acme.netdiag;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class LookupController {

    @GetMapping("/tools/nslookup")
    public ResponseEntity<String> nslookup(@RequestParam String host) throws IOException, InterruptedException {
        String[] cmd = {"/bin/sh", "-c", "nslookup " + host + " 2>&1"};
        Process p = Runtime.getRuntime().exec(cmd); // expect: command-injection
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return ResponseEntity.ok(out);
    }

    @GetMapping("/tools/cert")
    public ResponseEntity<String> cert(@RequestParam String domain) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder();
        pb.command("sh", "-c", "echo | openssl s_client -connect " + domain + ":443 | openssl x509 -noout -dates"); // expect: command-injection
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return ResponseEntity.ok(out);
    }
}
