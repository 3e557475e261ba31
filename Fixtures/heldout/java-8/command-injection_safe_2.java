package com.example.mediashell;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.springframework.shell.standard.ShellComponent;
import org.springframework.shell.standard.ShellMethod;
import org.springframework.shell.standard.ShellOption;

@ShellComponent
class PosterCommands {

    private static final Set<String> FORMATS = Set.of("png", "jpg", "webp");
    private final Path workDir = Path.of(System.getProperty("user.home"), "posters");

    @ShellMethod(key = "poster", value = "Render a poster from a template and a headline")
    String poster(@ShellOption String template, @ShellOption String headline,
                  @ShellOption(defaultValue = "png") String format) throws IOException, InterruptedException {
        if (!FORMATS.contains(format)) {
            return "format must be one of " + FORMATS;
        }
        String target = workDir.resolve("poster." + format).toString();
        Process p = new ProcessBuilder("convert", workDir.resolve(Path.of(template).getFileName()).toString(),
                "-gravity", "north", "-annotate", "+0+40", headline, target)
                .directory(workDir.toFile())
                .inheritIO()
                .start();
        return p.waitFor() == 0 ? "wrote " + target : "convert failed";
    }
}
