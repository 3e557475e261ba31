package jobs

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/riverqueue/river"
)

type GiftCardArgs struct {
	OrderID int64 `json:"order_id"`
	Amount  int64 `json:"amount"`
}

func (GiftCardArgs) Kind() string { return "gift_card_issue" }

type CardStore interface {
	Insert(ctx context.Context, orderID int64, code string, pin string, amount int64) error
}

type GiftCardWorker struct {
	river.WorkerDefaults[GiftCardArgs]
	Cards CardStore
}

const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"

func cardCode() string {
	var b strings.Builder
	for i := 0; i < 16; i++ {
		b.WriteByte(alphabet[rand.IntN(len(alphabet))]) // expect: insecure-random
	}
	return b.String()
}

func (w *GiftCardWorker) Work(ctx context.Context, job *river.Job[GiftCardArgs]) error {
	code := cardCode()
	pin := fmt.Sprintf("%04d", rand.N(10000)) // expect: insecure-random
	return w.Cards.Insert(ctx, job.Args.OrderID, code, pin, job.Args.Amount)
}
