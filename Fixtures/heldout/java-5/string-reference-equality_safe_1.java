package app.settings;

import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TextField;

/** JavaFX preferences pane of a desktop podcast player. */
public class PreferencesController {

    enum Theme { DARK, LIGHT }

    @FXML private ChoiceBox<String> theme;
    @FXML private ChoiceBox<String> quality;
    @FXML private TextField downloadFolder;

    private final Preferences prefs = Preferences.load();

    @FXML
    private void onApply() {
        Scene scene = theme.getScene();
        Theme chosen = "Dark".equals(theme.getValue()) ? Theme.DARK : Theme.LIGHT;
        if (chosen == Theme.DARK) {
            scene.getStylesheets().setAll("/css/dark.css");
        } else {
            scene.getStylesheets().setAll("/css/light.css");
        }
        prefs.setTheme(chosen.name());
        prefs.setStreamingBitrate(bitrateFor(quality.getValue()));
        prefs.setDownloadFolder(downloadFolder.getText());
        prefs.save();
    }

    private static int bitrateFor(String label) {
        if (label == null || label.equals(prefsDefaultQuality())) {
            return 128;
        }
        return "High".equals(label) ? 256 : 64;
    }

    private static String prefsDefaultQuality() {
        return System.getProperty("player.quality", "Normal");
    }
}
