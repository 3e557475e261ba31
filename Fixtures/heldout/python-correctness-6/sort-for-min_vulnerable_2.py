"""Optuna study helpers for the nightly tuning report."""
import optuna


class StudyReport:
    def __init__(self, study: optuna.Study):
        self.study = study

    def fastest_trial(self):
        done = [t for t in self.study.trials if t.state == optuna.trial.TrialState.COMPLETE]
        done.sort(key=lambda t: t.duration)  # expect: sort-for-min
        return done[0]

    def worst_value(self):
        return sorted((t.value for t in self.study.trials if t.value is not None), reverse=True)[0]  # expect: sort-for-min

    def summary(self):
        fastest = self.fastest_trial()
        return f"best={self.study.best_value:.4f} worst={self.worst_value():.4f} fastest=#{fastest.number}"
