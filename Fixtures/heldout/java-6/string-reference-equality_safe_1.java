package com.example.gdx;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.Input;
import com.badlogic.gdx.InputAdapter;
import com.badlogic.gdx.utils.ObjectMap;

/** libGDX input: keys are bound to action names read from the player's keymap file. */
class ActionInput extends InputAdapter {
    private final ObjectMap<Integer, String> keymap;
    private final Player player;

    ActionInput(ObjectMap<Integer, String> keymap, Player player) {
        this.keymap = keymap;
        this.player = player;
    }

    @Override
    public boolean keyDown(int keycode) {
        String action = keymap.get(keycode, "none");
        if ("jump".equals(action)) {
            player.jump();
        } else if ("dash".equals(action) && player.canDash()) {
            player.dash();
        } else if (keycode == Input.Keys.ESCAPE) {
            Gdx.app.exit();
        }
        return true;
    }
}
