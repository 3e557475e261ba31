package ui

import (
	"encoding/csv"
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
)

type Exporter struct {
	win  fyne.Window
	rows [][]string
}

func (e *Exporter) Save(path string) {
	f, err := os.Create(path)
	if err != nil {
		dialog.ShowError(err, e.win)
		return
	}
	defer f.Close()
	w := csv.NewWriter(f)
	_ = w.WriteAll(e.rows) // expect: ignored-error
	info, _ := f.Stat()    // expect: ignored-error
	dialog.ShowInformation("Exported", info.Name(), e.win)
}
