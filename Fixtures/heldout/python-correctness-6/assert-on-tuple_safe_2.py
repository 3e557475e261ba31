"""Optuna objective for the ranking model, with guards on the suggested values."""
import optuna

from ranking.train import fit_and_score

MAX_DEPTH = 12


def objective(trial: optuna.Trial) -> float:
    depth = trial.suggest_int("max_depth", 2, MAX_DEPTH)
    rate = trial.suggest_float("learning_rate", 1e-3, 0.3, log=True)
    leaves = trial.suggest_int("num_leaves", 8, 256)
    if leaves > 2 ** depth:
        raise optuna.TrialPruned()
    score = fit_and_score(max_depth=depth, learning_rate=rate, num_leaves=leaves)
    assert 0.0 <= score <= 1.0, ("score out of range", score)
    return score


def run(n_trials: int = 50) -> optuna.Study:
    study = optuna.create_study(direction="maximize", study_name="ranking-ndcg")
    study.optimize(objective, n_trials=n_trials)
    return study
