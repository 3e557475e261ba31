package app.settings;

import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TextField;

/** JavaFX preferences pane of a desktop podcast player. */
public class PreferencesController {

    @FXML private ChoiceBox<String> theme;
    @FXML private ChoiceBox<String> quality;
    @FXML private TextField downloadFolder;

    private final Preferences prefs = Preferences.load();

    @FXML
    private void onApply() {
        Scene scene = theme.getScene();
        String chosenTheme = theme.getValue();
        if (chosenTheme == "Dark") { // expect: string-reference-equality
            scene.getStylesheets().setAll("/css/dark.css");
        } else {
            scene.getStylesheets().setAll("/css/light.css");
        }
        prefs.setTheme(chosenTheme);
        prefs.setStreamingBitrate(bitrateFor(quality.getValue()));
        prefs.setDownloadFolder(downloadFolder.getText());
        prefs.save();
    }

    private static int bitrateFor(String label) {
        if (label != null && label == prefsDefaultQuality()) { // expect: string-reference-equality
            return 128;
        }
        return "High".equals(label) ? 256 : 64;
    }

    private static String prefsDefaultQuality() {
        return System.getProperty("player.quality", "Normal");
    }
}
