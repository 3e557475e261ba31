package main

import (
	"fmt"
	"math/rand"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
)

type Spawner struct {
	rng   *rand.Rand
	delay time.Duration
}

func NewSpawner(seed int64) *Spawner {
	return &Spawner{rng: rand.New(rand.NewSource(seed)), delay: time.Second}
}

// Next picks the lane and wobble of the next asteroid; replays reuse the seed.
func (s *Spawner) Next() (lane int, wobble float64) {
	lane = s.rng.Intn(5)
	wobble = s.rng.Float64()*0.4 - 0.2
	return lane, wobble
}

func main() {
	s := NewSpawner(42)
	for i := 0; i < 3; i++ {
		lane, wobble := s.Next()
		fmt.Printf("lane %d wobble %.2f tps %d\n", lane, wobble, ebiten.TPS())
	}
}
