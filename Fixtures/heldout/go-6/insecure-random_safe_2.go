package jobs

import (
	"context"
	"math/rand/v2"
	"time"

	"github.com/riverqueue/river"
)

type ReminderArgs struct {
	UserID int64 `json:"user_id"`
}

func (ReminderArgs) Kind() string { return "reminder_send" }

type Mailer interface {
	SendReminder(ctx context.Context, userID int64, subjectVariant int) error
}

type ReminderWorker struct {
	river.WorkerDefaults[ReminderArgs]
	Mail Mailer
}

var subjects = []string{"You left something behind", "Still thinking it over?", "Your cart misses you"}

// NextRetry spreads retries so that a mail outage does not produce a thundering herd.
func (w *ReminderWorker) NextRetry(job *river.Job[ReminderArgs]) time.Time {
	jitter := time.Duration(rand.IntN(30)) * time.Second
	return time.Now().Add(time.Duration(job.Attempt)*time.Minute + jitter)
}

func (w *ReminderWorker) Work(ctx context.Context, job *river.Job[ReminderArgs]) error {
	// A/B test of the subject line: the choice needs no secrecy.
	variant := rand.IntN(len(subjects))
	return w.Mail.SendReminder(ctx, job.Args.UserID, variant)
}
