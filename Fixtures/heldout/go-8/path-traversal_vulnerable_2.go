package notes

import (
	"context"
	"os"
	"path"

	"github.com/twitchtv/twirp"
)

type NoteRequest struct {
	Notebook string
	Page     string
}

type NoteReply struct {
	Body string
}

type Server struct {
	Root string
}

func (s *Server) pagePath(req *NoteRequest) string {
	return path.Join(s.Root, req.Notebook, req.Page+".md")
}

func (s *Server) GetNote(ctx context.Context, req *NoteRequest) (*NoteReply, error) {
	data, err := os.ReadFile(s.pagePath(req)) // expect: path-traversal
	if err != nil {
		return nil, twirp.NotFoundError("no such page")
	}
	return &NoteReply{Body: string(data)}, nil
}

func (s *Server) DeleteNote(ctx context.Context, req *NoteRequest) (*NoteReply, error) {
	if err := os.Remove(s.Root + "/" + req.Notebook + "/" + req.Page + ".md"); err != nil { // expect: path-traversal
		return nil, twirp.InternalErrorWith(err)
	}
	return &NoteReply{}, nil
}
