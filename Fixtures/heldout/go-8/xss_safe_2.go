package chat

import (
	"html/template"
	"io"

	"github.com/centrifugal/centrifuge"
)

var bubble = template.Must(template.New("bubble").Parse(`<div class="msg"><b>{{.From}}</b> {{.Body}}</div>`))

const botSignature = template.HTML(`<span class="bot">&#129302;</span>`)

type line struct {
	From string
	Body string
	Sig  template.HTML
}

func Relay(w io.Writer, client *centrifuge.Client, e centrifuge.PublishEvent) error {
	msg := line{
		From: client.UserID(),
		Body: string(e.Data),
		Sig:  botSignature,
	}
	return bubble.Execute(w, msg)
}
