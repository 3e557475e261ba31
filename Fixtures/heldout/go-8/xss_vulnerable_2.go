package chat

import (
	"html/template"
	"io"

	"github.com/centrifugal/centrifuge"
)

var bubble = template.Must(template.New("bubble").Parse(`<div class="msg"><b>{{.From}}</b> {{.Body}}</div>`))

type line struct {
	From string
	Body template.HTML
}

// Relay turns a published chat message into an HTML fragment for the transcript.
func Relay(w io.Writer, client *centrifuge.Client, e centrifuge.PublishEvent) error {
	msg := line{
		From: client.UserID(),
		Body: template.HTML(e.Data), // expect: xss
	}
	return bubble.Execute(w, msg)
}
