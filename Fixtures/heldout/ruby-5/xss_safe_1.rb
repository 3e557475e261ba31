# frozen_string_literal: true

module Views
  module Search
    # Phlex component rendering one search hit with the query highlighted.
    class Hit < Phlex::HTML
      def initialize(post:, query:)
        @post = post
        @query = query
      end

      def view_template
        article(class: "hit") do
          h3 { a(href: "/posts/#{@post.id}") { @post.title } }
          p(class: "excerpt") { highlighted_excerpt }
          footer do
            plain "Posted by "
            b { @post.author.display_name }
          end
        end
      end

      private

      # Splits the excerpt around the query and lets Phlex escape every piece.
      def highlighted_excerpt
        excerpt = @post.body.to_s[0, 240]
        parts = excerpt.split(@query, -1)
        parts.each_with_index do |part, i|
          plain part
          mark { @query } if i < parts.length - 1
        end
      end
    end
  end
end
