package sprites

import (
	"image"
	_ "image/png"
	"os"
	"sync"

	"github.com/hajimehoshi/ebiten/v2"
)

type Atlas struct {
	mu     sync.Mutex
	frames map[string]*ebiten.Image
}

func (a *Atlas) LoadFrames(names []string) error {
	for _, name := range names {
		a.mu.Lock()
		defer a.mu.Unlock() // expect: defer-in-loop
		if _, ok := a.frames[name]; ok {
			continue
		}
		f, err := os.Open("assets/" + name + ".png")
		if err != nil {
			return err
		}
		defer f.Close() // expect: defer-in-loop
		img, _, err := image.Decode(f)
		if err != nil {
			return err
		}
		a.frames[name] = ebiten.NewImageFromImage(img)
	}
	return nil
}
