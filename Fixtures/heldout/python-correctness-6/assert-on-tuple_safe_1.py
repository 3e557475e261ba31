"""Sanity checks for the custom Gymnasium warehouse-robot environment."""
import gymnasium as gym
import numpy as np

from robots.envs import WarehouseEnv


def check_reset(env: gym.Env, seed: int) -> np.ndarray:
    observation, info = env.reset(seed=seed)
    assert (env.observation_space.contains(observation)), "reset observation out of bounds"
    assert "battery" in info, "reset info lacks battery level"
    return observation


def check_step(env: gym.Env, action: int) -> float:
    _obs, reward, terminated, truncated, _info = env.step(action)
    assert (
        isinstance(reward, float)
    ), f"reward must be a float, got {type(reward).__name__}"
    assert (terminated, truncated) != (True, True), "an episode cannot end both ways"
    return reward


def smoke_test(episodes: int = 3) -> float:
    env = WarehouseEnv(grid=(8, 8), shelves=6)
    total = 0.0
    for episode in range(episodes):
        check_reset(env, seed=episode)
        total += check_step(env, env.action_space.sample())
    env.close()
    return total
