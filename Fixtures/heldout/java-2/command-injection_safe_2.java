package com.acme.netdiag;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class LookupController {

    private static final Pattern HOSTNAME = Pattern.compile("^(?=.{1,253}$)([a-zA-Z0-9-]{1,63}\\.)*[a-zA-Z0-9-]{1,63}$");

    @GetMapping("/tools/nslookup")
    public ResponseEntity<String> nslookup(@RequestParam String host) throws IOException, InterruptedException {
        if (!HOSTNAME.matcher(host).matches()) {
            return ResponseEntity.badRequest().body("invalid host");
        }
        Process p = Runtime.getRuntime().exec(new String[] {"nslookup", host});
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return ResponseEntity.ok(out);
    }

    @GetMapping("/tools/disk")
    public ResponseEntity<String> disk() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("sh", "-c", "df -h /data | tail -n 1").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return ResponseEntity.ok(out);
    }
}
