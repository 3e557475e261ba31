package com.example.mediashell;

import java.io.IOException;
import java.nio.file.Path;
import org.springframework.shell.standard.ShellComponent;
import org.springframework.shell.standard.ShellMethod;
import org.springframework.shell.standard.ShellOption;

@ShellComponent
class PosterCommands {

    private final Path workDir = Path.of(System.getProperty("user.home"), "posters");

    @ShellMethod(key = "poster", value = "Render a poster from a template and a headline")
    String poster(@ShellOption String template, @ShellOption String headline,
                  @ShellOption(defaultValue = "png") String format) throws IOException, InterruptedException {
        String target = workDir.resolve("poster." + format).toString();
        String script = String.format("convert %s -gravity north -annotate +0+40 '%s' %s",
                template, headline, target);
        Process p = new ProcessBuilder("bash", "-c", script) // expect: command-injection
                .directory(workDir.toFile())
                .inheritIO()
                .start();
        return p.waitFor() == 0 ? "wrote " + target : "convert failed";
    }
}
