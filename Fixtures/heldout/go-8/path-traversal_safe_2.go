package notes

import (
	"context"
	"os"
	"path/filepath"
	"regexp"

	"github.com/twitchtv/twirp"
)

var slug = regexp.MustCompile(`^[a-z0-9][a-z0-9-]{0,63}$`)

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

func (s *Server) pagePath(req *NoteRequest) (string, error) {
	if !slug.MatchString(req.Notebook) || !slug.MatchString(req.Page) {
		return "", twirp.InvalidArgumentError("page", "must be a slug")
	}
	return filepath.Join(s.Root, req.Notebook, req.Page+".md"), nil
}

func (s *Server) GetNote(ctx context.Context, req *NoteRequest) (*NoteReply, error) {
	p, err := s.pagePath(req)
	if err != nil {
		return nil, err
	}
	data, err := os.ReadFile(p)
	if err != nil {
		return nil, twirp.NotFoundError("no such page")
	}
	return &NoteReply{Body: string(data)}, nil
}

func (s *Server) DeleteNote(ctx context.Context, req *NoteRequest) (*NoteReply, error) {
	p, err := s.pagePath(req)
	if err != nil {
		return nil, err
	}
	if err := os.Remove(p); err != nil {
		return nil, twirp.InternalErrorWith(err)
	}
	return &NoteReply{}, nil
}
