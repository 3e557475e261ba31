"""Optuna study helpers for the nightly tuning report."""
import optuna


class StudyReport:
    def __init__(self, study: optuna.Study):
        self.study = study

    def completed(self):
        return [t for t in self.study.trials if t.state == optuna.trial.TrialState.COMPLETE]

    def fastest_trial(self):
        return min(self.completed(), key=lambda t: t.duration)

    def ranking(self):
        return sorted(self.completed(), key=lambda t: t.value, reverse=True)

    def summary(self):
        ranked = self.ranking()
        runner_up = ranked[1].number if len(ranked) > 1 else None
        return f"best={self.study.best_value:.4f} runner-up=#{runner_up} fastest=#{self.fastest_trial().number}"
