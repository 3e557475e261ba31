package app.podcasts;

import java.time.Duration;
import java.time.Instant;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Slider;
import javafx.scene.media.MediaPlayer;

/** JavaFX player bar: seek slider, elapsed/remaining labels and a sleep timer. */
public class PlayerBarController {

    @FXML private Slider seek;
    @FXML private ProgressBar buffered;
    @FXML private Label elapsed;
    @FXML private Label remaining;
    @FXML private Label sleepInfo;

    private MediaPlayer player;

    public void attach(MediaPlayer player) {
        this.player = player;
        player.currentTimeProperty().addListener((obs, old, now) -> refresh());
    }

    private void refresh() {
        double total = player.getTotalDuration().toSeconds();
        double position = player.getCurrentTime().toSeconds();
        double progress = position / total;
        buffered.setProgress(progress);
        seek.setValue(position);
        elapsed.setText(format(Duration.ofSeconds((long) position)));
        remaining.setText("-" + format(Duration.ofSeconds((long) (total - position))));
    }

    @FXML
    private void onSleepTimer() {
        Instant requestedAt = Instant.now();
        player.setStopTime(player.getCurrentTime().add(javafx.util.Duration.minutes(30)));
        sleepInfo.setText("Stops 30 min after " + requestedAt);
    }

    private static String format(Duration d) {
        return String.format("%d:%02d", d.toMinutes(), d.toSecondsPart());
    }
}
