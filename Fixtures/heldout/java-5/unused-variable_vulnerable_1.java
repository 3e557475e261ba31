package app.podcasts;

import java.time.Duration;
import java.time.Instant;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.media.MediaPlayer;

/** JavaFX player bar: seek slider, elapsed/remaining labels and a sleep timer. */
public class PlayerBarController {

    @FXML private Slider seek;
    @FXML private Label elapsed;
    @FXML private Label remaining;

    private MediaPlayer player;

    public void attach(MediaPlayer player) {
        this.player = player;
        player.currentTimeProperty().addListener((obs, old, now) -> refresh());
    }

    private void refresh() {
        double total = player.getTotalDuration().toSeconds();
        double position = player.getCurrentTime().toSeconds();
        double progress = position / total; // expect: unused-variable
        seek.setValue(position);
        elapsed.setText(format(Duration.ofSeconds((long) position)));
        remaining.setText("-" + format(Duration.ofSeconds((long) (total - position))));
    }

    @FXML
    private void onSleepTimer() {
        Instant requestedAt = Instant.now(); // expect: unused-variable
        player.setStopTime(player.getCurrentTime().add(javafx.util.Duration.minutes(30)));
    }

    private static String format(Duration d) {
        return String.format("%d:%02d", d.toMinutes(), d.toSecondsPart());
    }
}
