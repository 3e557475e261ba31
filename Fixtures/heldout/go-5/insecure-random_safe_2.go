package main

import (
	"math/rand"
	"time"

	tea "github.com/charmbracelet/bubbletea"
)

type point struct{ x, y int }

type tickMsg time.Time

// A terminal snake game; the randomness only places food and picks colours.
type model struct {
	w, h  int
	snake []point
	food  point
	dir   point
	rng   *rand.Rand
	hue   int
}

func newModel(w, h int) model {
	m := model{
		w:     w,
		h:     h,
		snake: []point{{w / 2, h / 2}},
		dir:   point{1, 0},
		rng:   rand.New(rand.NewSource(time.Now().UnixNano())),
	}
	m.placeFood()
	return m
}

func (m *model) placeFood() {
	m.food = point{m.rng.Intn(m.w), m.rng.Intn(m.h)}
	m.hue = m.rng.Intn(6)
}

func tick() tea.Cmd {
	jitter := time.Duration(rand.Intn(15)) * time.Millisecond
	return tea.Tick(120*time.Millisecond+jitter, func(t time.Time) tea.Msg { return tickMsg(t) })
}

func (m model) Init() tea.Cmd { return tick() }

func (m model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyMsg:
		switch msg.String() {
		case "q", "ctrl+c":
			return m, tea.Quit
		case "up":
			m.dir = point{0, -1}
		case "down":
			m.dir = point{0, 1}
		case "left":
			m.dir = point{-1, 0}
		case "right":
			m.dir = point{1, 0}
		}
	case tickMsg:
		head := m.snake[0]
		next := point{(head.x + m.dir.x + m.w) % m.w, (head.y + m.dir.y + m.h) % m.h}
		m.snake = append([]point{next}, m.snake...)
		if next == m.food {
			m.placeFood()
		} else {
			m.snake = m.snake[:len(m.snake)-1]
		}
		return m, tick()
	}
	return m, nil
}

func (m model) View() string { return "" }
