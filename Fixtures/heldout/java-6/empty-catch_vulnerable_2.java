package com.example.gdx;

import com.badlogic.gdx.ApplicationAdapter;
import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.Preferences;
import com.badlogic.gdx.audio.Music;
import com.badlogic.gdx.utils.GdxRuntimeException;

/** libGDX game: loads the title music and the player's volume preference at start-up. */
class TitleScreenGame extends ApplicationAdapter {
    private Music theme;
    private float volume = 0.8f;

    @Override
    public void create() {
        Preferences prefs = Gdx.app.getPreferences("settings");
        try {
            volume = Float.parseFloat(prefs.getString("volume", "0.8"));
        } catch (NumberFormatException e) { // expect: empty-catch
            // keep the default volume
        }
        try {
            theme = Gdx.audio.newMusic(Gdx.files.internal("audio/title.ogg"));
            theme.setVolume(volume);
            theme.setLooping(true);
            theme.play();
        } catch (GdxRuntimeException e) { // expect: empty-catch
        }
    }

    @Override
    public void dispose() {
        if (theme != null) {
            theme.dispose();
        }
    }
}
