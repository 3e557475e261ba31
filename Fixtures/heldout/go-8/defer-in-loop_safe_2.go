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
	a.mu.Lock()
	defer a.mu.Unlock()
	for _, name := range names {
		if _, ok := a.frames[name]; ok {
			continue
		}
		err := func() error {
			f, err := os.Open("assets/" + name + ".png")
			if err != nil {
				return err
			}
			defer f.Close()
			img, _, err := image.Decode(f)
			if err != nil {
				return err
			}
			a.frames[name] = ebiten.NewImageFromImage(img)
			return nil
		}()
		if err != nil {
			return err
		}
	}
	return nil
}
