package media.convert;

import java.io.IOException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ThumbnailController {
    @PostMapping("/thumbnail")
    public String thumbnail(@RequestParam String file, @RequestParam String size) throws IOException, InterruptedException {
        String script = "convert /uploads/" + file + " -resize " + size + " /thumbs/" + file;
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", script); // expect: command-injection
        int code = builder.start().waitFor();
        return code == 0 ? "ok" : "failed";
    }
}
