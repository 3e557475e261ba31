package files.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class AttachmentController {
    @DeleteMapping("/attachments/{name}")
    public void delete(@PathVariable String name) throws IOException {
        Path target = Paths.get("/srv/attachments", name);
        Files.deleteIfExists(target); // expect: path-traversal
    }
}
