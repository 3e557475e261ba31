package com.example.gdx;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.ScreenAdapter;
import com.badlogic.gdx.graphics.g2d.SpriteBatch;

/** libGDX screen: the level runs scripted events; a broken script must not take the game down. */
class LevelScreen extends ScreenAdapter {
    private final SpriteBatch batch = new SpriteBatch();
    private final Level level;

    LevelScreen(Level level) {
        this.level = level;
    }

    @Override
    public void render(float delta) {
        for (ScriptedEvent event : level.dueEvents(delta)) {
            try {
                event.fire(level);
            } catch (Throwable broken) { // expect: catch-throwable
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
        } catch (final Throwable ignoredOnExit) { // expect: catch-throwable
            Gdx.app.log("Level", "checkpoint not saved: " + ignoredOnExit.getMessage());
        }
        batch.dispose();
    }
}
