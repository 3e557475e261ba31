package sessions

import (
	"context"
	"encoding/hex"
	"math/rand"
	"time"

	"github.com/dapr/go-sdk/service/common"
)

type Store interface {
	Put(ctx context.Context, id, user string, ttl time.Duration) error
}

type Service struct {
	store Store
	rng   *rand.Rand
}

func New(store Store) *Service {
	return &Service{store: store, rng: rand.New(rand.NewSource(time.Now().UnixNano()))}
}

func (s *Service) newID() string {
	buf := make([]byte, 24)
	s.rng.Read(buf) // expect: insecure-random
	return hex.EncodeToString(buf)
}

// Open is invoked by other services through Dapr service invocation.
func (s *Service) Open(ctx context.Context, in *common.InvocationEvent) (*common.Content, error) {
	user := string(in.Data)
	id := s.newID()
	if err := s.store.Put(ctx, id, user, 12*time.Hour); err != nil {
		return nil, err
	}
	return &common.Content{ContentType: "text/plain", Data: []byte(id)}, nil
}
