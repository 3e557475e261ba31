package themes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

public class ThemeController {
    private static final Path THEMES = Path.of("/srv/shop/themes");

    @PostMapping("/themes/{shopId}")
    public String upload(@PathVariable long shopId, @RequestParam("file") MultipartFile file) throws IOException {
        Path dest = THEMES.resolve(shopId + "-" + UUID.randomUUID() + ".zip");
        Files.copy(file.getInputStream(), dest);
        return dest.getFileName().toString();
    }

    @PostMapping("/themes/{shopId}/preview")
    public byte[] preview(@PathVariable long shopId, @RequestParam String variant) throws IOException {
        if (!variant.matches("[a-z0-9-]{1,32}")) {
            throw new IllegalArgumentException("bad variant");
        }
        return Files.readAllBytes(THEMES.resolve(shopId + "/" + variant + ".png"));
    }
}
