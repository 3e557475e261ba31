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

func (e *Exporter) write(path string) (name string, err error) {
	f, err := os.Create(path)
	if err != nil {
		return "", err
	}
	defer func() {
		if cerr := f.Close(); cerr != nil && err == nil {
			err = cerr
		}
	}()
	if err := csv.NewWriter(f).WriteAll(e.rows); err != nil {
		return "", err
	}
	info, err := f.Stat()
	if err != nil {
		return "", err
	}
	return info.Name(), nil
}

func (e *Exporter) Save(path string) {
	name, err := e.write(path)
	if err != nil {
		dialog.ShowError(err, e.win)
		return
	}
	dialog.ShowInformation("Exported", name, e.win)
}
