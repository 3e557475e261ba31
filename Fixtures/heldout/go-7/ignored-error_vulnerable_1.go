package billing

import (
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/ThreeDotsLabs/watermill"
	"github.com/ThreeDotsLabs/watermill/message"
)

type usageReported struct {
	Account string `json:"account"`
	Units   string `json:"units"`
}

type invoiceLine struct {
	Account string `json:"account"`
	Units   int64  `json:"units"`
	Cents   int64  `json:"cents"`
}

type Rater struct {
	pub        message.Publisher
	centsEach  int64
	outboundTo string
}

// Handle is attached with router.AddNoPublisherHandler("rate-usage", "usage.reported", sub, r.Handle).
func (r *Rater) Handle(msg *message.Message) error {
	var in usageReported
	if err := json.Unmarshal(msg.Payload, &in); err != nil {
		return fmt.Errorf("decode usage: %w", err)
	}
	units, _ := strconv.ParseInt(in.Units, 10, 64) // expect: ignored-error
	line := invoiceLine{Account: in.Account, Units: units, Cents: units * r.centsEach}

	payload, _ := json.Marshal(line) // expect: ignored-error
	out := message.NewMessage(watermill.NewUUID(), payload)
	out.Metadata.Set("account", in.Account)
	_ = r.pub.Publish(r.outboundTo, out) // expect: ignored-error
	return nil
}
