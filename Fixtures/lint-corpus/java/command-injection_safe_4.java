package tools.net;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class TraceController {
    private static final Pattern HOST = Pattern.compile("[a-z0-9-]{1,63}(\\.[a-z0-9-]{1,63})*");

    @GetMapping("/trace")
    public ResponseEntity<String> trace(@RequestParam String host) throws IOException, InterruptedException {
        if (!HOST.matcher(host).matches()) {
            return ResponseEntity.badRequest().body("bad host");
        }
        Process p = new ProcessBuilder("sh", "-c", "traceroute -m 10 " + host).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return ResponseEntity.ok(out);
    }
}
