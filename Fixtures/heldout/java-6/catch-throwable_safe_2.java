package com.example.gdx;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.ScreenAdapter;
import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import com.badlogic.gdx.utils.GdxRuntimeException;

import java.io.IOException;

/** libGDX screen: the level runs scripted events; a broken script must not take the game down. */
class LevelScreen extends ScreenAdapter {
    private final SpriteBatch batch = new SpriteBatch();
    private final Level level;

    LevelScreen(Level level) {
        this.level = level;
        Thread.setDefaultUncaughtExceptionHandler((thread, error) ->
                Gdx.app.error("Level", "uncaught in " + thread.getName(), error));
    }

    @Override
    public void render(float delta) {
        for (ScriptedEvent event : level.dueEvents(delta)) {
            try {
                event.fire(level);
            } catch (ScriptException | GdxRuntimeException broken) {
                Gdx.app.error("Level", "event " + event.id() + " failed", broken);
                level.disable(event);
            }
        }
        batch.begin();
        level.draw(batch);
        batch.end();
    }

    @Override
    public void dispose() {
        try {
            level.saveCheckpoint();
        } catch (IOException e) {
            Gdx.app.log("Level", "checkpoint not saved: " + e.getMessage());
        }
        batch.dispose();
    }
}
